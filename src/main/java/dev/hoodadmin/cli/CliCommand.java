package dev.hoodadmin.cli;

import dev.hoodadmin.store.DatabaseException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: its environment, its output streams, and turning any failure into a
 * readable line on stderr and an exit code, never a stack trace.
 */
abstract class CliCommand implements Callable<Integer> {
    protected final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Mixin
    AccountOptions account = new AccountOptions();

    private PrintWriter err;

    protected CliCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** The command's work; returns its exit code. */
    protected abstract int run() throws CliException, InterruptedException;

    @Override
    public final Integer call() {
        try (CommandLog log = CommandLog.toFile(environment, account.stateDir)) {
            return run();
        } catch (CliException e) {
            err().println(prefix() + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err().println(prefix() + "interrupted; edits not yet sent stay in the state folder for `hood-admin resume`.");
            return ExitCodes.SOME_FAILED;
        } catch (DatabaseException e) {
            err().println(prefix() + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err().println(prefix() + "unexpected problem: " + reason);
            return ExitCodes.SOME_FAILED;
        } finally {
            out().flush();
            err().flush();
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Stderr, every line made safe for the terminal ({@link TerminalText}). */
    protected synchronized PrintWriter err() {
        if (err == null) err = TerminalText.writer(spec.commandLine().getErr());
        return err;
    }

    private String prefix() {
        return "hood-admin " + spec.name() + ": ";
    }
}
