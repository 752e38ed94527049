package dev.hoodadmin.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hoodadmin.outbox.JournalEntry;

import static dev.hoodadmin.ui.editor.EditorHarness.LIFETIME_VALUE;
import static dev.hoodadmin.ui.editor.EditorHarness.LOYALTY_TIER;
import static dev.hoodadmin.ui.editor.EditorHarness.EMAIL;
import static dev.hoodadmin.ui.editor.EditorHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** File → Export… then File → Import changes… in the real window: the preview first, then one batch or nothing. */
class ImportWindowTest {
    @RegisterExtension
    final EditorExtension editor = new EditorExtension();
    private EditorHarness app;
    @TempDir
    Path files;

    private Path exportFromTheWindow(FxRobot robot) throws Exception {
        app.awaitLoaded(robot);
        Path exported = files.resolve("properties.csv");
        app.chosenFile.set(exported);
        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup("#exportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntil(() -> Files.exists(exported) && !robot.lookup("#exportProgress").query().isVisible());
        return exported;
    }

    private void importFromTheWindow(FxRobot robot, Path file) throws Exception {
        app.chosenFile.set(file);
        robot.clickOn("#propertyTable").press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#importPreviewDialog").tryQuery().isPresent());
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#importSummary").queryAs(Label.class).getText();
    }

    private static Node button(FxRobot robot, ButtonType type) {
        return robot.lookup("#importPreviewDialog").queryAs(DialogPane.class).lookupButton(type);
    }

    /** Apply is the dialog's first button. */
    private static Node apply(FxRobot robot) {
        DialogPane pane = robot.lookup("#importPreviewDialog").queryAs(DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(0));
    }

    @Test
    void theWindowsExportImportedAgainShowsNoChanges(FxRobot robot) throws Exception {
        Path exported = exportFromTheWindow(robot);
        assertThat(Files.readString(exported)).startsWith("id,label,example,description,export_alias,pi_data,system,"
                + "importable,exportable,create_time,update_time\r\n").contains(LOYALTY_TIER + ",Loyalty Tier,");

        importFromTheWindow(robot, exported);

        assertThat(summary(robot)).isEqualTo("No changes, 40 unchanged (skipped), 0 row(s) refused. Requests: 0.");
        assertThat(apply(robot).isDisabled()).isTrue();
        robot.clickOn(button(robot, ButtonType.CANCEL));
        assertThat(app.outbox.list()).isEmpty();
    }

    @Test
    void threeEditedCellsASystemRowAndAnUnknownIdShowExactlyThatAndApplySendsThreeFields(FxRobot robot) throws Exception {
        Path file = edited(exportFromTheWindow(robot));
        Map<String, Object> loyaltyBefore = new HashMap<>(app.sim.property(LOYALTY_TIER).orElseThrow());
        Map<String, Object> lifetimeBefore = new HashMap<>(app.sim.property(LIFETIME_VALUE).orElseThrow());

        importFromTheWindow(robot, file);

        assertThat(summary(robot)).isEqualTo("2 properties to change (3 fields), 37 unchanged (skipped), 2 row(s) refused. Requests: 2.");
        TableView<?> changes = robot.lookup("#importChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).extracting(Object::toString).containsExactly(
                "Line[line=3, id=" + LOYALTY_TIER + ", label=Loyalty Tier, field=example, before=gold, after=platinum]",
                "Line[line=3, id=" + LOYALTY_TIER + ", label=Loyalty Tier, field=pi_data, before=" + loyaltyBefore.get("pi_data")
                        + ", after=" + (1 - (Integer) loyaltyBefore.get("pi_data")) + "]",
                "Line[line=5, id=" + LIFETIME_VALUE + ", label=Lifetime Value, field=description, before="
                        + lifetimeBefore.get("description") + ", after=Spend, all time]");
        ListView<?> refused = robot.lookup("#importRefused").queryAs(ListView.class);
        assertThat(refused.getItems()).extracting(Object::toString).containsExactly(
                "refused  properties-edited.csv line 14  id " + EMAIL + "  field example: system property: defined by Hood and never changed (not sent)",
                "refused  properties-edited.csv line 42  id 9999999  field example,description,export_alias,pi_data,importable,exportable: "
                        + "no property with this id on the server (not sent)");
        assertThat(app.sim.stats().count("PATCH", 204)).isZero();

        robot.clickOn(apply(robot));

        waitUntil(() -> app.sim.stats().count("PATCH", 204) == 2 && app.worker.isIdle());
        Map<String, Object> loyaltyAfter = new HashMap<>(app.sim.property(LOYALTY_TIER).orElseThrow());
        Map<String, Object> lifetimeAfter = new HashMap<>(app.sim.property(LIFETIME_VALUE).orElseThrow());
        loyaltyBefore.put("example", "platinum");
        loyaltyBefore.put("pi_data", 1 - (Integer) loyaltyBefore.get("pi_data"));
        lifetimeBefore.put("description", "Spend, all time");
        for (Map<String, Object> row : List.of(loyaltyBefore, loyaltyAfter, lifetimeBefore, lifetimeAfter)) row.remove("update_time");
        assertThat(loyaltyAfter).isEqualTo(loyaltyBefore);
        assertThat(lifetimeAfter).isEqualTo(lifetimeBefore);
        assertThat(app.sim.property(EMAIL).orElseThrow().get("example")).isNotEqualTo("not allowed");
        // one batch, one undo step, named after the file in the history
        waitUntil(() -> app.account.journal().size() == 3);
        assertThat(app.account.journal().all()).extracting(JournalEntry::source).containsOnly("import of properties-edited.csv");
        assertThat(app.account.journal().all()).extracting(JournalEntry::batchId).containsOnly(
                app.account.journal().all().get(0).batchId());
    }

    @Test
    void aRowWithoutIdCreatesThePropertyShownAsNewAndTheRowAppears(FxRobot robot) throws Exception {
        Path exported = exportFromTheWindow(robot);
        String csv = Files.readString(exported);
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        List<String> cells = new ArrayList<>();
        for (String column : header) cells.add(column.equals("label") ? "Imported new" : column.equals("example") ? "fresh" : "");
        Path file = files.resolve("with-new.csv");
        Files.writeString(file, csv + String.join(",", cells) + "\r\n");

        importFromTheWindow(robot, file);

        assertThat(summary(robot)).isEqualTo("No changes, 1 new property to create, 40 unchanged (skipped), 0 row(s) refused. Requests: 1.");
        TableView<?> changes = robot.lookup("#importChanges").queryAs(TableView.class);
        assertThat(changes.getItems()).extracting(Object::toString).containsExactly(
                "Line[line=42, id=new, label=Imported new, field=data_type, before=null, after=text]",
                "Line[line=42, id=new, label=Imported new, field=example, before=null, after=fresh]");
        robot.clickOn(apply(robot));

        waitUntil(() -> app.table().getItems().stream().anyMatch(row -> "Imported new".equals(row.label())));
        assertThat(app.sim.propertiesWithLabel("Imported new")).isEqualTo(1);
        assertThat(app.table().getItems().stream().filter(row -> "Imported new".equals(row.label())).findFirst().orElseThrow().id())
                .isEqualTo("1000140");
    }

    @Test
    void cancelQueuesAndSendsNothing(FxRobot robot) throws Exception {
        Path file = edited(exportFromTheWindow(robot));
        importFromTheWindow(robot, file);

        robot.clickOn(button(robot, ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // a queued batch would reach the outbox by now

        assertThat(app.outbox.list()).isEmpty();
        assertThat(app.sim.stats().count("PATCH", 204)).isZero();
        assertThat(app.sim.property(LOYALTY_TIER).orElseThrow().get("example")).isEqualTo("gold");
    }

    /** The export with 3 cells of 2 custom properties changed, a system row's example changed, and a row for an unknown id. */
    private Path edited(Path exported) throws Exception {
        String csv = Files.readString(exported);
        Map<String, Map<String, String>> changes = Map.of(
                LOYALTY_TIER, Map.of("example", "platinum", "pi_data",
                        "1".equals(String.valueOf(app.sim.property(LOYALTY_TIER).orElseThrow().get("pi_data"))) ? "0" : "1"),
                LIFETIME_VALUE, Map.of("description", "Spend, all time"),
                EMAIL, Map.of("example", "not allowed"));
        StringWriter written = new StringWriter();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get();
             CSVPrinter printer = new CSVPrinter(written, CSVFormat.RFC4180)) {
            List<String> header = null;
            List<String> extra = null;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                if (header == null) {
                    header = cells;
                } else {
                    List<String> columns = header;
                    changes.getOrDefault(cells.get(0), Map.of()).forEach((column, value) -> cells.set(columns.indexOf(column), value));
                    if (cells.get(0).equals(LIFETIME_VALUE)) {
                        extra = new ArrayList<>(cells);
                        extra.set(0, "9999999");
                    }
                }
                printer.printRecord(cells);
            }
            printer.printRecord(extra);
        }
        Path file = files.resolve("properties-edited.csv");
        Files.writeString(file, written.toString());
        return file;
    }
}
