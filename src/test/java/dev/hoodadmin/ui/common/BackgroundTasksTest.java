package dev.hoodadmin.ui.common;

import dev.hoodadmin.ui.QueuedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class BackgroundTasksTest {
    private final QueuedExecutor work = new QueuedExecutor();
    private final QueuedExecutor ui = new QueuedExecutor();
    private final BackgroundTasks tasks = BackgroundTasks.of(work, ui);
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(BackgroundTask.class.getName()); // held: JUL keeps loggers weakly
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    @Test
    void theResultArrivesOnTheUiExecutorAfterTheWorkRan() {
        tasks.call(() -> "answer").onSuccess(result -> outcomes.add("got " + result)).start();

        assertThat(work.pending()).isEqualTo(1);
        work.runAll();
        assertThat(outcomes).isEmpty();
        ui.runAll();
        assertThat(outcomes).containsExactly("got answer");
    }

    @Test
    void aFailureGoesToTheFailureHandlerOnTheUiExecutorAndIsNotLogged() {
        tasks.run(() -> {
            throw new IOException("disk gone");
        }).onSuccess(none -> outcomes.add("success")).onFailure(e -> outcomes.add("failed: " + e.getMessage())).start();

        work.runAll();
        assertThat(outcomes).isEmpty();
        ui.runAll();
        assertThat(outcomes).containsExactly("failed: disk gone");
        assertThat(logged).isEmpty();
    }

    @Test
    void aFailureNobodyHandlesIsLoggedAsAnError() {
        IllegalStateException bug = new IllegalStateException("bug");
        BackgroundTasks.sameThread().call(() -> {
            throw bug;
        }).onSuccess(result -> outcomes.add("success")).start();

        assertThat(outcomes).isEmpty();
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(bug);
        });
    }

    @Test
    void sameThreadRunsWorkAndOutcomeBeforeStartReturns() {
        Thread caller = Thread.currentThread();
        BackgroundTasks.sameThread().call(Thread::currentThread)
                .onSuccess(worker -> outcomes.add(worker == caller && Thread.currentThread() == caller
                        ? "here" : "elsewhere"))
                .start();

        assertThat(outcomes).containsExactly("here");
    }

    @Test
    void aRefusingExecutorIsLoggedAndReportedNotThrown() {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        BackgroundTask<String> task = BackgroundTasks.of(closed, ui).call(() -> "never")
                .onFailure(e -> outcomes.add(e.getClass().getSimpleName()));

        assertThatCode(task::start).doesNotThrowAnyException();
        ui.runAll();
        assertThat(outcomes).containsExactly("RejectedExecutionException");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(record.getThrown()).isInstanceOf(RejectedExecutionException.class);
        });
    }

    @Test
    void cancellingBeforeTheWorkRunsSkipsItAndDeliversNothing() {
        tasks.call(() -> outcomes.add("worked")).onSuccess(r -> outcomes.add("success")).start().cancel();

        work.runAll();
        ui.runAll();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void cancellingAfterTheWorkDoneSuppressesTheQueuedOutcome() {
        BackgroundTask.Handle handle = tasks.call(() -> "late").onSuccess(outcomes::add).start();
        work.runAll();

        handle.cancel();
        ui.runAll();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void cancellingInterruptsRunningWorkAndNeitherHandlerRunsNorIsAnythingLogged() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            BackgroundTask.Handle handle = BackgroundTasks.of(pool, ui).call(() -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await(); // blocks until interrupted
                    return "not interrupted";
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            }).onSuccess(outcomes::add).onFailure(e -> outcomes.add("failed")).start();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            handle.cancel();

            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            // the pool thread is free again and does not carry the interrupt into its next task
            assertThat(pool.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS)).isFalse();
            ui.runAll();
            assertThat(outcomes).isEmpty();
            assertThat(logged).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrappedWorkGoesThroughTheWrapperAndItsOutcomeStillToTheUiExecutor() {
        List<String> wrapped = new CopyOnWriteArrayList<>();
        BackgroundTasks counted = tasks.wrapWork(pool -> command -> {
            wrapped.add("handed over");
            pool.execute(command);
        });

        counted.call(() -> "done").onSuccess(outcomes::add).start();
        work.runAll();
        ui.runAll();

        assertThat(wrapped).containsExactly("handed over");
        assertThat(outcomes).containsExactly("done");
    }
}
