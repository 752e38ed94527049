package dev.hoodadmin.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static dev.hoodadmin.sim.SimClient.items;
import static dev.hoodadmin.sim.SimClient.json;
import static dev.hoodadmin.sim.SimClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Paging, sorting, search, fields and the shape of items; filters have their own test. */
class ListEndpointTest {
    private static HoodSimulator sim;
    private static SimClient client;

    @BeforeAll
    static void start() {
        sim = HoodSimulator.start(SimulatorConfig.builder(SimClient.TOKEN).rateLimitsEnabled(false)
                .pageSizes(20, 50).build());
        client = new SimClient(sim.baseUri());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static List<String> ids(HttpResponse<String> response) {
        return items(response).stream().map(item -> item.get("id").asText()).collect(Collectors.toList());
    }

    @Test
    void firstPageHasDefaultSizeAndTheTotal() {
        HttpResponse<String> response = client.list();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).get("total").asInt()).isEqualTo(300);
        assertThat(ids(response)).hasSize(20).startsWith("1000100", "1000101");
    }

    @Test
    void pageNumberAndSizeSelectTheRightSlice() {
        assertThat(ids(client.list("page", "3,10"))).hasSize(10).startsWith("1000120").endsWith("1000129");
        assertThat(ids(client.list("page", "2"))).hasSize(20).startsWith("1000120");
    }

    @Test
    void lastPageIsPartialAndBeyondItIsEmpty() {
        assertThat(ids(client.list("page", "7,45"))).hasSize(30).endsWith("1000399");
        HttpResponse<String> beyond = client.list("page", "8,45");
        assertThat(ids(beyond)).isEmpty();
        assertThat(json(beyond).get("total").asInt()).isEqualTo(300);
    }

    @Test
    void oversizedPageIsClampedToTheMaximum() {
        assertThat(ids(client.list("page", "1,1000"))).hasSize(50);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0,10", "1,0", "abc", "1,", "-1"})
    void malformedPageIsRejected(String page) {
        HttpResponse<String> response = client.list("page", page);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).contains("'page'");
    }

    @Test
    void sortsAscendingAndDescendingWithIdAsTieBreak() {
        List<JsonNode> ascending = items(client.list("sort", "create_time", "page", "1,50"));
        List<String> times = ascending.stream().map(i -> i.get("create_time").asText()).collect(Collectors.toList());
        assertThat(times).isSorted();
        List<JsonNode> descending = items(client.list("sort", "-create_time", "page", "1,50"));
        assertThat(descending.get(0).get("create_time").asText()).isGreaterThanOrEqualTo(times.get(times.size() - 1));

        List<JsonNode> byFlag = items(client.list("sort", "-pi_data", "page", "1,50"));
        List<String> firstFlagged = byFlag.stream().filter(i -> i.get("pi_data").asInt() == 1)
                .map(i -> i.get("id").asText()).collect(Collectors.toList());
        assertThat(byFlag.get(0).get("pi_data").asInt()).isEqualTo(1);
        assertThat(firstFlagged).isSorted();
    }

    @Test
    void rowsWithoutTheSortValueComeLastInBothDirections() {
        for (String sort : new String[] {"update_time", "-update_time"}) {
            List<JsonNode> lastPage = items(client.list("sort", sort, "page", "6,50"));
            JsonNode last = lastPage.get(lastPage.size() - 1);
            assertThat(last.get("target").asText()).as(sort).isEqualTo("coupon_code");
            assertThat(last.get("update_time").isNull()).isTrue();
        }
    }

    @Test
    void sortingOnAFieldThatIsNotSortableSaysWhichAre() {
        HttpResponse<String> response = client.list("sort", "label");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("Field 'label' is not sortable. Sortable fields: "
                + "data_type, pi_data, importable, exportable, create_time, update_time.");
    }

    @Test
    void searchIsCaseInsensitiveAcrossTargetLabelAndDescription() {
        HttpResponse<String> byLabel = client.list("q", "RÉGION PRÉFÉRÉE");
        assertThat(items(byLabel)).extracting(i -> i.get("target").asText()).containsExactly("preferred_region");
        HttpResponse<String> byDescription = client.list("q", "home coordinates");
        assertThat(items(byDescription)).extracting(i -> i.get("target").asText()).containsExactly("home_location");
    }

    @Test
    void searchFieldsLimitWhereTheTextIsLookedFor() {
        assertThat(json(client.list("q", "home coordinates", "q_fields", "target,label")).get("total").asInt())
                .isZero();
        HttpResponse<String> notSearchable = client.list("q", "x", "q_fields", "example");
        assertThat(notSearchable.statusCode()).isEqualTo(400);
        assertThat(message(notSearchable)).isEqualTo(
                "Field 'example' is not searchable. Searchable fields: target, label, description.");
    }

    @Test
    void fieldsLimitEachItemButAlwaysKeepTheId() {
        List<JsonNode> items = items(client.list("fields", "label,system", "page", "1,5"));
        assertThat(items.get(0).fieldNames()).toIterable().containsExactly("id", "label", "system");
        assertThat(items.get(2).fieldNames()).toIterable().containsExactly("id", "property", "system");
        HttpResponse<String> unknown = client.list("fields", "label,colour");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(message(unknown)).isEqualTo("Unknown field 'colour' in parameter 'fields'.");
    }

    @Test
    void viewFullIsAcceptedAndOtherViewsAreNot() {
        assertThat(items(client.list("view", "full", "page", "1,1")).get(0).has("description")).isTrue();
        assertThat(client.list("view", "compact").statusCode()).isEqualTo(400);
    }

    @Test
    void itemsKeepNullsAndMissingFieldsApart() {
        List<JsonNode> items = items(client.list("page", "1,12"));
        JsonNode coupon = items.get(8);
        JsonNode referral = items.get(9);
        assertThat(coupon.get("target").asText()).isEqualTo("coupon_code");
        assertThat(coupon.get("example").isNull()).isTrue();
        assertThat(referral.get("target").asText()).isEqualTo("referral_source");
        assertThat(referral.has("import_aliases")).isFalse();
        assertThat(referral.has("example")).isFalse();
    }

    @Test
    void repeatedControlParameterIsRejected() {
        HttpResponse<String> response = client.list("page", "1", "page", "2");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("Parameter 'page' is given more than once.");
    }
}
