package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.outbox.EditState;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static dev.hoodadmin.ui.table.PropertyColumns.LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk edit made through the window drains through the real outbox, worker, client and rate budget against
 * a server that enforces Hood's limits (10 a second, 150 a minute) on the real clock: paced, never refused.
 */
class RateLimitedDrainTest {
    /** About 80 % of them are custom properties: more than 30 to edit. */
    private static final int PROPERTIES = 45;
    private static final String VALUE = "Set for every custom property at once";

    @RegisterExtension
    final EditorExtension editor = new EditorExtension(EditorHarness.Setup.rateLimited(PROPERTIES));
    private EditorHarness app;

    @Test
    void aBulkEditOfEveryCustomPropertyIsSentAtTheRateLimitWithoutA429(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        List<ProfileProperty> rows = List.copyOf(app.table().getItems());
        List<String> custom = rows.stream().filter(row -> !row.isSystem()).map(ProfileProperty::id).toList();
        // over 30 requests at 10 a second need four one-second windows: more than 2 s wherever the first falls
        assertThat(custom).hasSizeGreaterThan(30);

        robot.clickOn(app.cell(robot, rows.get(0).id(), LABEL)).push(KeyCode.CONTROL, KeyCode.A);
        assertThat(robot.lookup("#selectionInfo").queryAs(Label.class).getText())
                .isEqualTo(PROPERTIES + " properties selected");
        robot.clickOn("#bulkEditButton").clickOn("#bulkEditField");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Description"))
                .queryLabeled());
        robot.clickOn("#bulkEditText").write(VALUE);
        assertThat(robot.lookup("#bulkEditSummary").queryAs(Label.class).getText())
                .startsWith("Set Description to \u201c" + VALUE + "\u201d: " + custom.size() + " will be queued, "
                        + (PROPERTIES - custom.size()) + " system properties skipped");

        long start = System.nanoTime();
        robot.clickOn("#bulkEditConfirm");
        waitUntil(Duration.ofSeconds(60),
                () -> custom.stream().allMatch(id -> VALUE.equals(app.server(id, "description"))));
        Duration drain = Duration.ofNanos(System.nanoTime() - start);

        String sent = custom.size() + " of " + custom.size() + " sent";
        waitUntil(() -> sent.equals(robot.lookup("#queueProgressText").queryAs(Label.class).getText()));
        assertThat(app.edits()).hasSize(custom.size()).allSatisfy(edit -> {
            assertThat(edit.state()).isEqualTo(EditState.APPLIED);
            assertThat(edit.attempts()).as("sent once, never refused").isEqualTo(1);
        });
        assertThat(app.sim.stats().tooManyRequests()).as(app.sim.stats().toString()).isZero();
        assertThat(patchesAnswered()).isEqualTo(custom.size());
        assertThat(drain).as("paced, not sent in one burst").isGreaterThanOrEqualTo(Duration.ofMillis(1800));
    }

    private long patchesAnswered() {
        return app.sim.stats().byMethodAndStatus().entrySet().stream().filter(e -> e.getKey().startsWith("PATCH "))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
