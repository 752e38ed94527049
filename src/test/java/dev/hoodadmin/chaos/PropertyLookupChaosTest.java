package dev.hoodadmin.chaos;

import dev.hoodadmin.api.ApiErrorKind;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.HoodApiException;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.api.PropertyLookup;
import dev.hoodadmin.api.PropertyPager;
import dev.hoodadmin.api.ResponseLimits;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One bad id or one unreadable row must not fail the read of the others: the batched read falls back to
 * smaller groups and isolates it. The server here refuses a filter with a non-numeric id the way Hood does
 * ("Invalid value for filter id"), and garbles any answer that includes property 13.
 */
@Timeout(20)
class PropertyLookupChaosTest {
    private final HostileServer server = HostileServer.start().otherwise(PropertyLookupChaosTest::hoodLike);
    private final HoodClient client = HoodClient.create(server.endpoint(), ApiToken.of("tok-chaos"), RequestGate.UNLIMITED,
            ResponseLimits.STANDARD.withDeadline(Duration.ofSeconds(2)));
    private final PropertyLookup lookup = new PropertyLookup(new PropertyPager(client, pause -> { }, Duration.ofSeconds(1)));

    PropertyLookupChaosTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static void hoodLike(HostileServer.Request request, OutputStream out) throws IOException, InterruptedException {
        List<String> ids = request.idsFilter();
        if (ids.stream().anyMatch(id -> !id.matches("\\d+"))) {
            HostileServer.json(400, "{\"code\":400,\"title\":\"Bad request.\",\"message\":\"Invalid value for filter id\","
                    + "\"trace_id\":\"t-400\"}").write(request, out);
        } else if (ids.contains("13")) {
            HostileServer.json(200, "{\"total\":1,\"items\":[{\"id\":\"13\",\"description\":\"\u0000").write(request, out);
        } else {
            List<String> known = ids.stream().filter(id -> Integer.parseInt(id) < 1000).toList();
            String items = known.stream().map(id -> "{\"id\":\"" + id + "\",\"label\":\"L" + id + "\"}")
                    .collect(Collectors.joining(","));
            HostileServer.json(200, "{\"total\":" + known.size() + ",\"items\":[" + items + "]}").write(request, out);
        }
    }

    @Test
    void aBadIdIsIsolatedWithTheServersReasonAndEveryOtherIdIsRead() throws Exception {
        List<String> ids = IntStream.rangeClosed(1, 40).mapToObj(String::valueOf).collect(Collectors.toList());
        ids.set(20, "10001O5");

        PropertyLookup.Result result = lookup.read(ids);

        assertThat(result.refused()).containsOnlyKeys("10001O5", "13");
        assertThat(result.refused().get("10001O5").kind()).isEqualTo(ApiErrorKind.BAD_REQUEST);
        assertThat(result.refused().get("10001O5").message()).isEqualTo("Invalid value for filter id");
        assertThat(result.refused().get("13").kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
        assertThat(result.found()).hasSize(38).doesNotContainKeys("10001O5", "13");
        assertThat(server.count("GET")).isLessThan(40); // halving, not one read per id
    }

    @Test
    void unknownIdsAreNeitherFoundNorRefused() throws Exception {
        PropertyLookup.Result result = lookup.read(List.of("1", "5000"));

        assertThat(result.found()).containsOnlyKeys("1");
        assertThat(result.refused()).isEmpty();
    }

    @Test
    void aServerRefusingEveryReadIsBlamedRatherThanEveryId() {
        server.otherwise(HostileServer.html(200));
        List<String> ids = IntStream.rangeClosed(1, 500).mapToObj(String::valueOf).toList();

        assertThatThrownBy(() -> lookup.read(ids)).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE));
        assertThat(server.count("GET")).isLessThan(30);
    }

    @Test
    void aFaultThatIsNotAboutTheRowsFailsTheWholeRead() {
        server.otherwise(HostileServer.json(401, "{\"code\":401,\"title\":\"Unauthorized\"}"));

        assertThatThrownBy(() -> lookup.read(List.of("1", "2"))).isInstanceOfSatisfying(HoodApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORIZED));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void resultsAreKeyedByIdAsAsked() throws Exception {
        Map<String, ?> found = lookup.read(List.of("7", "7", "8")).found();

        assertThat(found).containsOnlyKeys("7", "8");
    }
}
