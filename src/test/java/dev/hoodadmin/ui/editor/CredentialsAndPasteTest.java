package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ratelimit.RequestGate;
import dev.hoodadmin.ui.table.EditPseudo;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import static dev.hoodadmin.ui.editor.EditorHarness.COUPON_CODE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.DESCRIPTION;
import static dev.hoodadmin.ui.table.PropertyColumns.EXAMPLE;
import static dev.hoodadmin.ui.table.PropertyColumns.LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** A refused token pauses sending behind a banner without losing edits; a spreadsheet block pastes into cells. */
class CredentialsAndPasteTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;

    @Test
    void aRefusedTokenShowsTheBannerKeepsTheEditAndSigningInAgainSendsIt(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        Endpoint endpoint = new Endpoint(app.sim.baseUri());
        app.workerApi.use(HoodClient.create(endpoint, ApiToken.of("revoked-token"), RequestGate.UNLIMITED));
        app.onSignIn.set(() -> app.worker.resume(app.client));
        assertThat(robot.lookup("#credentialsBanner").query().isVisible()).isFalse();

        robot.clickOn(app.cell(robot, LOYALTY_TIER, EXAMPLE)).type(KeyCode.F2)
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("diamond")
                .type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#credentialsBanner").query().isVisible());
        assertThat(robot.lookup("#credentialsBannerMessage").queryAs(Label.class).getText())
                .isEqualTo("The server refused the token — sign in again; pending edits are kept");
        assertThat(robot.lookup("#credentialsBannerDetail").queryAs(Label.class).getText()).contains("401");
        assertThat(app.edits()).singleElement().satisfies(edit -> assertThat(edit.state()).isEqualTo(EditState.PENDING));
        assertThat(app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.CHANGED)).isTrue();
        assertThat(app.server(LOYALTY_TIER, "example")).isEqualTo("gold");
        waitUntil(() -> "0 of 1 sent — paused: sign in again".equals(
                robot.lookup("#queueProgressText").queryAs(Label.class).getText()));

        robot.clickOn("#signInAgainButton");

        assertThat(app.signInRequests.get()).isEqualTo(1);
        waitUntil(() -> "diamond".equals(app.server(LOYALTY_TIER, "example")));
        waitUntil(() -> !robot.lookup("#credentialsBanner").query().isVisible()
                && !app.cellHas(LOYALTY_TIER, EXAMPLE, EditPseudo.CHANGED));
    }

    @Test
    void aBlockFromASpreadsheetFillsCellsFromTheFocusedOneAndSkipsReadOnlyColumns(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        robot.clickOn(app.cell(robot, COUPON_CODE, LABEL));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            // label (read-only) | example | description — as Excel copies it, a quoted cell with a line break
            content.putString("Coupon\tAUTUMN24\t\"Last coupon,\nredeemed\"\r\nReferral\tfriend of a friend\tWho referred them\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        assertThat(robot.lookup("#editorNoticeText").queryAs(Label.class).getText()).isEqualTo(
                "Pasted 4 values into 2 properties; skipped 2 cells: 2 in columns that cannot be edited.");
        waitUntil(() -> "AUTUMN24".equals(app.server(COUPON_CODE, "example"))
                && "Last coupon,\nredeemed".equals(app.server(COUPON_CODE, "description"))
                && "friend of a friend".equals(app.server("1000109", "example"))
                && "Who referred them".equals(app.server("1000109", "description")));
        assertThat(app.server(COUPON_CODE, "label")).isEqualTo("Coupon Code");
        assertThat(app.edits()).hasSize(2).allSatisfy(edit -> assertThat(edit.changedFields()).hasSize(2));
        waitUntil(() -> app.cellShows(COUPON_CODE, DESCRIPTION, "Last coupon, redeemed"));
    }
}
