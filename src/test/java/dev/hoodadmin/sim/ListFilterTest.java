package dev.hoodadmin.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static dev.hoodadmin.sim.SimClient.items;
import static dev.hoodadmin.sim.SimClient.json;
import static dev.hoodadmin.sim.SimClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Every filter operator of {@code <field>=[op:]value}, against the 300 default rows. */
class ListFilterTest {
    private static HoodSimulator sim;
    private static SimClient client;

    @BeforeAll
    static void start() {
        sim = HoodSimulator.start(SimulatorConfig.builder(SimClient.TOKEN).rateLimitsEnabled(false).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static int total(String name, String value) {
        HttpResponse<String> response = client.list(name, value);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("total").asInt();
    }

    @ParameterizedTest(name = "{0}={1} matches {2}")
    @CsvSource(delimiter = '|', value = {
            "data_type | geo_point                  | 1",
            "target    | eq:loyalty_tier            | 1",
            "target    | in:email,phone,no_such     | 2",
            "target    | nin:email,phone            | 298",
            "id        | gt:1000398                 | 1",
            "id        | gte:1000398                | 2",
            "id        | lt:1000101                 | 1",
            "id        | lte:1000101                | 2",
            "id        | gt:999                     | 300",
            "id        | r:1000100,1000105          | 4",
            "id        | rf:1000100,1000105         | 6",
            "id        | rl:1000100,1000105         | 5",
            "id        | rr:1000100,1000105         | 5",
            "example   | isn:                       | 2",
            "example   | is:                        | 298"})
    void operatorMatchesTheExpectedRows(String field, String value, int expected) {
        assertThat(total(field, value)).isEqualTo(expected);
    }

    @Test
    void neqIsTheComplementOfEq() {
        int system = total("system", "1");
        assertThat(system).isBetween(45, 75);
        assertThat(total("system", "neq:1")).isEqualTo(300 - system);
    }

    @Test
    void filtersCombineWithAnd() {
        HttpResponse<String> response = client.list("system", "0", "pi_data", "1", "page", "1,500");
        assertThat(items(response)).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("system").asInt()).isZero();
            assertThat(item.get("pi_data").asInt()).isOne();
        });
    }

    @Test
    void timestampsMatchExactlyOrByDate() {
        Map<String, Object> row = sim.property("1000105").orElseThrow();
        String created = (String) row.get("create_time");
        String day = created.substring(0, 10);
        assertThat(items(client.list("create_time", created))).extracting(i -> i.get("id").asText()).contains("1000105");
        assertThat(items(client.list("create_time", "rf:" + day + "," + day, "page", "1,500")))
                .extracting(i -> i.get("id").asText()).contains("1000105");
        assertThat(items(client.list("create_time", "lt:" + day, "page", "1,500")))
                .extracting(i -> i.get("id").asText()).doesNotContain("1000105");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "colour      | red      | Unknown query parameter 'colour'. Filterable fields: id, target, label, data_type, example, pi_data, system, importable, exportable, create_time, update_time.",
            "description | x        | Field 'description' is not filterable. Filterable fields: id, target, label, data_type, example, pi_data, system, importable, exportable, create_time, update_time.",
            "system      | like:1   | Unknown filter operator 'like' in 'system'. Operators: eq, neq, gt, gte, lt, lte, in, nin, is, isn, r, rf, rl, rr.",
            "id          | gt:      | Filter 'id=gt:': operator 'gt' needs a value.",
            "id          | r:1      | Filter 'id=r:1': operator 'r' needs exactly two values: start,end.",
            "example     | is:x     | Filter 'example=is:x': operator 'is' takes no value; write example=is:",
            "target      | in:a,,b  | Filter 'target=in:a,,b': operator 'in' needs a comma-separated list of non-empty values."})
    void badFilterIsRejectedWithASpecificMessage(String field, String value, String expected) {
        HttpResponse<String> response = client.list(field, value);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(expected);
    }
}
