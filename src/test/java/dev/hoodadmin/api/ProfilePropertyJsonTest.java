package dev.hoodadmin.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hoodadmin.ratelimit.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfilePropertyJsonTest {
    private final PropertyJson json = new PropertyJson(new ObjectMapper());

    private PropertyPage read(String body) throws HoodApiException {
        return json.readPage(200, new ResponseBody(body.getBytes(StandardCharsets.UTF_8), false), "application/json",
                RateLimitHeaders.none(200));
    }

    @Test
    void readsAFullItemAndIgnoresUnknownFields() throws Exception {
        PropertyPage page = read("""
                {"total": 1, "next": "x", "items": [{"id": "1000105", "company_id": "77", "target": "my_region",
                 "label": "Region", "data_type": "text", "example": "northern_europe", "description": "d",
                 "export_alias": "region_name", "import_aliases": ["reg", "reg"], "pi_data": 0, "system": 1,
                 "importable": 1, "exportable": 0, "create_time": "2024-01-02 03:04:05",
                 "update_time": "2024-02-03 04:05:06", "brand_new_field": {"a": 1}}]}""");

        ProfileProperty p = page.items().get(0);
        assertThat(page.total()).isEqualTo(1);
        assertThat(p.label()).isEqualTo("Region");
        assertThat(p.importAliases()).containsExactly("reg", "reg");
        assertThat(p.isSystem()).isTrue();
        assertThat(p.valueOf(UpdatableField.PI_DATA)).isEqualTo("0");
        assertThat(p.valueOf(UpdatableField.IMPORTABLE)).isEqualTo("1");
        assertThat(p.valueOf(UpdatableField.EXPORT_ALIAS)).isEqualTo("region_name");
    }

    @Test
    void acceptsPropertyWhereLabelIsMissingAndToleratesNulls() throws Exception {
        PropertyPage page = read("""
                {"total": 2, "items": [{"id": 7, "property": "Old name", "system": null, "import_aliases": null},
                                       {"id": "8", "pi_data": "1", "importable": true}]}""");

        assertThat(page.items().get(0).label()).isEqualTo("Old name");
        assertThat(page.items().get(0).id()).isEqualTo("7");
        assertThat(page.items().get(0).isSystem()).isFalse();
        assertThat(page.items().get(0).importAliases()).isEmpty();
        assertThat(page.items().get(1).piData()).isTrue();
        assertThat(page.items().get(1).importable()).isTrue();
        assertThat(page.items().get(1).example()).isNull();
    }

    @Test
    void rowsOfAPageHoldOneCopyOfTheValuesTheyShare() throws Exception {
        PropertyPage page = read("""
                {"total": 2, "items": [
                 {"id": "1", "company_id": "77", "data_type": "text", "description": "", "import_aliases": [],
                  "create_time": "2024-01-02 03:04:05", "update_time": "2024-02-03 04:05:06"},
                 {"id": "2", "company_id": "77", "data_type": "text", "description": "", "import_aliases": [],
                  "create_time": "2024-01-02 03:04:05", "update_time": "2024-02-03 04:05:06"}]}""");

        ProfileProperty first = page.items().get(0);
        ProfileProperty second = page.items().get(1);
        assertThat(first.companyId()).isSameAs(second.companyId()).isEqualTo("77");
        assertThat(first.dataType()).isSameAs(second.dataType()).isEqualTo("text");
        // timestamps share a bounded pool that other tests in this JVM may have filled: SharedStringsTest
        assertThat(first.description()).isSameAs(second.description()).isEmpty();
        assertThat(first.importAliases()).isSameAs(second.importAliases()).isEmpty();
    }

    @Test
    void malformedBodiesBecomeTypedErrors() {
        for (String body : new String[]{"<html>oops</html>", "{\"total\": 3", "[1,2]", "{\"total\": 1}",
                "{\"items\": [{\"system\": \"maybe\"}]}", "{\"items\": [null]}", ""}) {
            assertThatThrownBy(() -> read(body)).as(body)
                    .isInstanceOfSatisfying(HoodApiException.class,
                            e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE));
        }
    }

    @Test
    void patchBodyCarriesOnlyTheGivenFieldsWithFlagsAsNumbers() {
        Map<UpdatableField, String> changes = new LinkedHashMap<>();
        changes.put(UpdatableField.DESCRIPTION, "  keeps spaces  ");
        changes.put(UpdatableField.PI_DATA, "1");
        assertThat(new String(json.patchBody(changes), StandardCharsets.UTF_8))
                .isEqualTo("{\"description\":\"  keeps spaces  \",\"pi_data\":1}");
        assertThatThrownBy(() -> json.patchBody(Map.of(UpdatableField.EXPORTABLE, "yes")))
                .hasMessageContaining("exportable must be 0 or 1");
    }
}
