package dev.hoodadmin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** export → edit in a spreadsheet → apply: the app's own export read back, with a preview, against the simulator. */
class ImportRoundTripTest {
    @RegisterExtension
    final ChildCli children = new ChildCli();
    private CliHarness cli;
    private Path exported;

    @BeforeEach
    void start() throws Exception {
        cli = children.harness(CliHarness.unlimited().properties(120));
        exported = cli.home.resolve("export.csv");
        CliHarness.Run export = cli.run("export", "--out", exported.toString(), "--api-url", cli.url());
        assertThat(export.exitCode()).as(export.err()).isZero();
        cli.sim.stats().reset();
    }

    private CliHarness.Run apply(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("apply", "--input", file.toString(), "--api-url", cli.url(),
                "--state-dir", cli.stateDir().toString()));
        args.addAll(List.of(options));
        return cli.run(args.toArray(String[]::new));
    }

    private Map<String, Map<String, Object>> serverState() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        for (String id : cli.customIds(200)) all.put(id, new HashMap<>(cli.sim.property(id).orElseThrow()));
        for (String id : cli.systemIds(200)) all.put(id, new HashMap<>(cli.sim.property(id).orElseThrow()));
        all.values().forEach(row -> row.remove("update_time"));
        return all;
    }

    /** The export with some cells changed: id → column → new value. */
    private String edited(String csv, Map<String, Map<String, String>> changes) throws Exception {
        return rewrite(csv, CSVFormat.RFC4180, (record, header) -> {
            List<String> cells = new ArrayList<>(record.toList());
            Map<String, String> change = changes.getOrDefault(record.get(0), Map.of());
            change.forEach((column, value) -> cells.set(header.indexOf(column), value));
            return cells;
        });
    }

    private interface RowRewrite {
        List<String> apply(CSVRecord record, List<String> header);
    }

    private static String rewrite(String csv, CSVFormat out, RowRewrite rewrite) throws Exception {
        StringWriter written = new StringWriter();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180).get();
             CSVPrinter printer = new CSVPrinter(written, out)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                    printer.printRecord(header);
                } else {
                    printer.printRecord(rewrite.apply(record, header));
                }
            }
        }
        return written.toString();
    }

    private Map<String, Map<String, String>> threeCells() {
        List<String> ids = cli.customIds(2);
        return Map.of(ids.get(0), Map.of("example", "changed example", "pi_data",
                        "1".equals(String.valueOf(cli.serverValue(ids.get(0), "pi_data"))) ? "0" : "1"),
                ids.get(1), Map.of("description", "A new description,\nwith a comma and a line break"));
    }

    @Test
    void theExportImportedUnchangedIsNoChangeAndNoWrite() throws Exception {
        Map<String, Map<String, Object>> before = serverState();

        CliHarness.Run preview = apply(exported, "--dry-run");
        CliHarness.Run applied = apply(exported);

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("No changes, 120 unchanged (skipped), 0 row(s) refused. Requests: 0");
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.err()).contains("Summary: 0 applied, 120 already up to date, 0 rejected, 0 failed, 0 in conflict (not sent), 0 row(s) refused.");
        assertThat(cli.patchesSent()).isZero();
        assertThat(cli.listReads()).as("one read of the current values per run").isEqualTo(2);
        assertThat(serverState()).isEqualTo(before);
    }

    @Test
    void cellsTheExportNeutralisedAsFormulasReadBackAsTheyAre() throws Exception {
        String id = cli.customIds(1).get(0);
        HoodClient client = HoodClient.create(new Endpoint(cli.sim.baseUri()), ApiToken.of(CliHarness.TOKEN), RequestGate.UNLIMITED);
        client.patch(id, Map.of(UpdatableField.EXAMPLE, "-2+3", UpdatableField.DESCRIPTION, "=SUM(A1)"));
        Path again = cli.home.resolve("again.csv");
        assertThat(cli.run("export", "--out", again.toString(), "--api-url", cli.url()).exitCode()).isZero();
        assertThat(Files.readString(again)).contains("'-2+3", "'=SUM(A1)");

        CliHarness.Run preview = apply(again, "--dry-run");

        assertThat(preview.out()).as(preview.err()).contains("No changes, 120 unchanged (skipped)");
    }

    @Test
    void threeChangedCellsAreExactlyTheThreeFieldsSent() throws Exception {
        Map<String, Map<String, String>> changes = threeCells();
        Path file = cli.csv(edited(Files.readString(exported), changes));
        Map<String, Map<String, Object>> expected = serverState();
        changes.forEach((id, cells) -> cells.forEach((column, value) ->
                expected.get(id).put(column, column.equals("pi_data") ? Integer.valueOf(value) : value)));

        CliHarness.Run preview = apply(file, "--dry-run");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("2 properties to change (3 fields), 118 unchanged (skipped), 0 row(s) refused. Requests: 2")
                .contains("\"changed example\"", "\"A new description,\\u000Awith a comma an…\"");
        assertThat(cli.patchesSent()).isZero();

        CliHarness.Run applied = apply(file);

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.err()).contains("Summary: 2 applied, 118 already up to date");
        assertThat(cli.patchesSent()).isEqualTo(2);
        assertThat(serverState()).isEqualTo(expected);
    }

    @Test
    void aFileASpreadsheetWroteImportsTheSame() throws Exception {
        String comma = edited(Files.readString(exported), threeCells());
        String semicolons = "\uFEFF" + rewrite(comma, CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get(),
                (record, header) -> record.toList());
        assertThat(semicolons.lines().findFirst().orElseThrow()).startsWith("\uFEFFid;company_id;target;");
        Path excel = cli.home.resolve("excel.csv");
        Files.write(excel, semicolons.getBytes(StandardCharsets.UTF_8));

        CliHarness.Run fromComma = apply(cli.csv(comma), "--dry-run", "--format", "json");
        CliHarness.Run fromExcel = apply(excel, "--dry-run", "--format", "json");

        assertThat(fromExcel.exitCode()).as(fromExcel.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(fromComma.out());
        JsonNode b = new ObjectMapper().readTree(fromExcel.out());
        assertThat(b.get("changes")).isEqualTo(a.get("changes"));
        assertThat(b.get("changes")).hasSize(2);
        assertThat(b.get("unchanged").asInt()).isEqualTo(118);
    }

    @Test
    void theWideFormAppliesTheSameAsTheLongForm() throws Exception {
        Map<String, Map<String, String>> changes = threeCells();
        StringBuilder longForm = new StringBuilder("id,field,value\n");
        changes.forEach((id, cells) -> cells.forEach((column, value) ->
                longForm.append(id).append(',').append(column).append(",\"").append(value).append("\"\n")));
        Path wide = cli.csv(edited(Files.readString(exported), changes));

        CliHarness.Run viaLong = apply(cli.csv(longForm.toString()));
        Map<String, Map<String, Object>> afterLong = serverState();
        long patchesLong = cli.patchesSent();
        assertThat(viaLong.exitCode()).as(viaLong.err()).isZero();

        CliHarness.Run viaWide = apply(wide);

        assertThat(viaWide.exitCode()).as(viaWide.err()).isZero();
        assertThat(patchesLong).isEqualTo(2);
        assertThat(cli.patchesSent()).as("the wide file changes nothing more").isEqualTo(2);
        assertThat(serverState()).isEqualTo(afterLong);
    }

    @Test
    void thePreviewRefusesSystemRowsUnknownIdsBadValuesAndDuplicateIdsWithTheirLines() throws Exception {
        String system = cli.systemIds(1).get(0);
        String custom = cli.customIds(1).get(0);
        String csv = edited(Files.readString(exported), Map.of(system, Map.of("example", "not allowed"),
                custom, Map.of("pi_data", "yes")));
        String customRow = csv.lines().filter(line -> line.startsWith(custom + ",")).findFirst().orElseThrow();
        String unknownRow = "9999999" + customRow.substring(custom.length());
        Path file = cli.csv(csv + unknownRow + "\r\n" + customRow + "\r\n");

        CliHarness.Run preview = apply(file, "--dry-run", "--format", "json");

        assertThat(preview.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        JsonNode json = new ObjectMapper().readTree(preview.out());
        List<String> reasons = new ArrayList<>();
        json.get("refused").forEach(r -> reasons.add(r.get("line").asInt() + " " + r.get("id").asText() + " " + r.get("field").asText()
                + ": " + r.get("reason").asText()));
        int systemLine = lineOf(csv, system);
        int customLine = lineOf(csv, custom);
        int lines = (int) csv.lines().count();
        assertThat(reasons).containsExactly(
                systemLine < customLine ? systemLine + " " + system + " example: system property: defined by Hood and never changed (not sent)"
                        : customLine + " " + custom + " pi_data: pi_data takes 0 or 1, not 'yes'",
                systemLine < customLine ? customLine + " " + custom + " pi_data: pi_data takes 0 or 1, not 'yes'"
                        : systemLine + " " + system + " example: system property: defined by Hood and never changed (not sent)",
                (lines + 1) + " 9999999 pi_data: pi_data takes 0 or 1, not 'yes'",
                (lines + 1) + " 9999999 example,description,export_alias,importable,exportable: no property with this id on the server (not sent)",
                (lines + 2) + " " + custom + " row: duplicate id: the same property is on line " + customLine + " (this row is not sent)");
        assertThat(json.get("changes")).isEmpty();
        assertThat(cli.patchesSent()).isZero();
    }

    @Test
    void rowsWithoutAnIdAndWithALabelCreatePropertiesShownAsNew() throws Exception {
        String csv = Files.readString(exported);
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        String taken = String.valueOf(cli.serverValue(cli.customIds(1).get(0), "label"));
        String rows = newRow(header, "Brand new", "number", "42") + newRow(header, "Also new", "", "") + newRow(header, taken, "text", "x");
        Path withNew = cli.csv(csv + rows);

        CliHarness.Run preview = apply(withNew, "--dry-run");

        assertThat(preview.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(preview.out()).contains("No changes, 2 new properties to create, 120 unchanged (skipped), 1 row(s) refused. Requests: 2.")
                .contains("122   new  \"Brand new\"  data_type          → \"number\"", "122   new  \"Brand new\"  example            → \"42\"")
                .contains("line 124  id (new)  field label: A property labelled '" + taken + "' already exists in this account. (not created)");
        assertThat(cli.sim.stats().count("POST", 201)).isZero();

        CliHarness.Run applied = apply(cli.csv(csv + newRow(header, "Brand new", "number", "42") + newRow(header, "Also new", "", "")));

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("created  id 1000220  label Brand new", "created  id 1000221  label Also new");
        assertThat(cli.withLabel("Brand new")).isEqualTo(1);
        assertThat(cli.sim.property("1000220").orElseThrow()).containsEntry("data_type", "number").containsEntry("example", "42");
        assertThat(cli.sim.property("1000221").orElseThrow()).containsEntry("data_type", "text");
        assertThat(cli.patchesSent()).isZero();
    }

    /** A row of the export's columns with no id: label, data type and example set, the rest empty. */
    private static String newRow(List<String> header, String label, String dataType, String example) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            cells.add(switch (column) {
                case "label" -> label;
                case "data_type" -> dataType;
                case "example" -> example;
                default -> "";
            });
        }
        return String.join(",", cells) + "\r\n";
    }

    @Test
    void dryRunInAChildProcessSendsNothing() throws Exception {
        Path file = cli.csv(edited(Files.readString(exported), threeCells()));

        Process child = children.start("apply", "--input", file.toString(), "--dry-run");

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(children.err()).isZero();
        assertThat(children.out()).contains("2 properties to change (3 fields)");
        assertThat(cli.patchesSent()).isZero();
        assertThat(cli.sim.stats().byMethodAndStatus()).containsOnlyKeys("GET 200");
    }

    private static int lineOf(String csv, String id) {
        int line = 1;
        for (String text : csv.split("\r\n", -1)) {
            if (text.startsWith(id + ",")) return line;
            line += 1 + (int) text.chars().filter(c -> c == '\n').count();
        }
        throw new AssertionError("no row " + id);
    }
}
