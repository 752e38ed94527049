package dev.hoodadmin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ratelimit.RequestGate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code list} and {@code export} against the simulator over loopback, in-process. */
class ListAndExportCommandTest {
    @TempDir
    Path home;
    private CliHarness cli;

    @BeforeEach
    void start() {
        cli = new CliHarness(CliHarness.unlimited(), home);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void listsEveryPageAsCsvInOneReadOfTheLargestPage() throws Exception {
        CliHarness.Run run = cli.run("list", "--api-url", cli.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("id,company_id,target,label,data_type,example,description,export_alias,"
                + "import_aliases,pi_data,system,importable,exportable,create_time,update_time\r\n");
        List<CSVRecord> rows = records(run.out());
        assertThat(rows).hasSize(300);
        assertThat(rows).extracting(r -> r.get("system")).containsOnly("0", "1");
        assertThat(cli.listReads()).isEqualTo(1);
    }

    @Test
    void listsAsJsonWithFiltersAndFlagsAsNumbers() throws Exception {
        CliHarness.Run run = cli.run("list", "--format", "json", "--filter", "system=1", "--filter",
                "data_type=neq:text", "--api-url", cli.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive().isLessThan(cli.systemIds(300).size());
        assertThat(StreamSupport.stream(array.spliterator(), false))
                .allSatisfy(node -> {
                    assertThat(node.get("system").isInt()).isTrue();
                    assertThat(node.get("system").intValue()).isEqualTo(1);
                    assertThat(node.get("data_type").asText()).isNotEqualTo("text");
                    assertThat(node.get("import_aliases").isArray()).isTrue();
                });
    }

    @Test
    void searchesWithQ() throws Exception {
        String id = cli.customIds(1).get(0);
        patch(id, UpdatableField.DESCRIPTION, "needle in the haystack");

        CliHarness.Run run = cli.run("list", "--q", "needle in the", "--api-url", cli.url());

        assertThat(records(run.out())).extracting(r -> r.get("id")).containsExactly(id);
    }

    @Test
    void aFilterOnAFieldThatCannotBeFilteredIsAUsageError() {
        CliHarness.Run run = cli.run("list", "--filter", "description=x", "--api-url", cli.url());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'description' is not filterable");
        assertThat(cli.sim.stats().requests()).isZero();
    }

    @Test
    void aWrongTokenEndsWithExitThreeAndNoTokenInTheMessage() {
        CliHarness.Run run = cli.runWithEnv(Map.of("HOOD_API_TOKEN", "wrong-token"), "list", "--api-url", cli.url());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(run.err()).contains("refused the token").contains("401").doesNotContain("wrong-token")
                .doesNotContain("Exception");
    }

    @Test
    void exportsEveryPropertyWithFormulasNeutralised() throws Exception {
        List<String> ids = cli.customIds(3);
        patch(ids.get(0), UpdatableField.DESCRIPTION, "=HYPERLINK(\"http://evil\",\"click\")");
        patch(ids.get(1), UpdatableField.EXAMPLE, "-2+3");
        patch(ids.get(2), UpdatableField.EXAMPLE, "@SUM(A1)");
        Path out = home.resolve("export.csv");

        CliHarness.Run run = cli.run("export", "--out", out.toString(), "--api-url", cli.url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Exported 300 properties");
        List<CSVRecord> rows = records(Files.readString(out));
        assertThat(rows).hasSize(300);
        assertThat(rows.stream().filter(r -> r.get("id").equals(ids.get(0))).findFirst().orElseThrow().get("description"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(rows).filteredOn(r -> ids.subList(1, 3).contains(r.get("id"))).extracting(r -> r.get("example"))
                .containsExactlyInAnyOrder("'-2+3", "'@SUM(A1)");
        assertThat(rows).extracting(r -> r.get("description")).noneMatch(d -> d.matches("^[=+\\-@].*"));
        assertNoPartialFileIn(home);
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        Path out = home.resolve("export.csv");

        CliHarness.Run run = cli.runWithEnv(Map.of("HOOD_API_TOKEN", "wrong-token"), "export", "--out", out.toString(),
                "--api-url", cli.url());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(out).doesNotExist();
        assertNoPartialFileIn(home);
    }

    private static void assertNoPartialFileIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    private void patch(String id, UpdatableField field, String value) throws Exception {
        HoodClient client = HoodClient.create(new Endpoint(cli.sim.baseUri()), ApiToken.of(CliHarness.TOKEN),
                RequestGate.UNLIMITED);
        client.patch(id, Map.of(field, value));
        cli.sim.stats().reset();
    }
}
