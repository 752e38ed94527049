package dev.hoodadmin.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /v1/hood/profile-properties}: answers {@code {"total": N, "items": [...]}}. */
final class ListPropertiesEndpoint {
    private final PropertyStore store;
    private final ListQueryParser parser;
    private final ObjectMapper json;

    ListPropertiesEndpoint(PropertyStore store, ListQueryParser parser, ObjectMapper json) {
        this.store = store;
        this.parser = parser;
        this.json = json;
    }

    SimResponse handle(SimRequest request) {
        ListQuery query = parser.parse(request.rawQuery());
        ListQueryRunner.Page page = ListQueryRunner.run(query, store.snapshot());
        List<Map<String, Object>> items = page.rows().stream()
                .map(row -> row.toJson(query.fields()))
                .collect(Collectors.toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("items", items);
        try {
            return SimResponse.json(200, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
