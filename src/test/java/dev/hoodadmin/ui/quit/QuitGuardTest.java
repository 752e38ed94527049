package dev.hoodadmin.ui.quit;

import dev.hoodadmin.ui.FxRobotExtension;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FxRobotExtension.class)
class QuitGuardTest {
    private final AtomicInteger quits = new AtomicInteger();
    private final FakeUnsent unsent = new FakeUnsent();
    private Stage stage;

    /** Unsent edits and new properties the test controls; "sent" happens when the test says so. */
    static final class FakeUnsent implements UnsentChanges {
        volatile int count;
        volatile int newProperties;
        volatile Consumer<Boolean> waiting;

        @Override public int edits() { return count; }
        @Override public int newProperties() { return newProperties; }
        @Override public void whenSent(Consumer<Boolean> done) { waiting = done; }
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(new Label("main")), 300, 200));
        new QuitGuard(unsent, quits::incrementAndGet).install(stage);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** As the window's close button does; not through interact(), which would wait out the modal dialog. */
    private void requestClose(FxRobot robot) {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asks to close and returns the dialog that answers. */
    private DialogPane quitDialog(FxRobot robot) {
        requestClose(robot);
        return robot.lookup("#quitDialog").queryAs(DialogPane.class);
    }

    @Test
    void quitsAtOnceWhenEverythingWasSent(FxRobot robot) {
        requestClose(robot);

        assertThat(quits).hasValue(1);
        assertThat(robot.lookup("#quitDialog").tryQuery()).isEmpty();
    }

    @Test
    void saysHowManyEditsAreUnsentAndCancelKeepsTheAppOpen(FxRobot robot) {
        unsent.count = 3;

        assertThat(quitDialog(robot).getHeaderText()).isEqualTo("3 edits have not been sent yet.");
        robot.clickOn("Cancel");

        assertThat(quits).hasValue(0);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void newPropertiesNotYetCreatedAreCountedAndSaidApart(FxRobot robot) {
        unsent.newProperties = 1;
        assertThat(quitDialog(robot).getHeaderText()).isEqualTo("1 new property has not been created yet.");
        robot.clickOn("Cancel");

        unsent.count = 2;
        DialogPane dialog = quitDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo("3 changes have not been sent yet.");
        assertThat(dialog.getContentText()).startsWith("One of them creates a new property. They are saved");
        robot.clickOn("Finish sending, then quit");

        assertThat(robot.lookup("#sendingMessage").queryAs(Label.class).getText()).startsWith("Sending 3 changes");
        assertThat(quits).hasValue(0);
    }

    @Test
    void quitNowLeavesTheEditsForTheNextStart(FxRobot robot) {
        unsent.count = 1;
        requestClose(robot);

        robot.clickOn("Quit now");

        assertThat(quits).hasValue(1);
        assertThat(unsent.waiting).isNull();
    }

    @Test
    void finishSendingQuitsOnlyOnceEverythingIsSent(FxRobot robot) throws Exception {
        unsent.count = 2;
        requestClose(robot);
        robot.clickOn("Finish sending, then quit");

        assertThat(robot.lookup("#sendingMessage").queryAs(Label.class).getText()).startsWith("Sending 2 edits");
        assertThat(quits).hasValue(0);

        Platform.runLater(() -> unsent.waiting.accept(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> quits.get() == 1);
    }

    @Test
    void whenSendingStopsItSaysSoAndTheEditsAreKept(FxRobot robot) {
        unsent.count = 2;
        requestClose(robot);
        robot.clickOn("Finish sending, then quit");

        robot.interact(() -> unsent.waiting.accept(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#sendingMessage").queryAs(Label.class).getText()).contains("Your edits are kept");
        assertThat(quits).hasValue(0);
        robot.clickOn("#" + SendingDialog.QUIT_NOW_ID);
        assertThat(quits).hasValue(1);
    }
}
