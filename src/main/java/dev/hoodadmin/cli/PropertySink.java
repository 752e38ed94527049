package dev.hoodadmin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hoodadmin.api.ProfileProperty;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where listed properties go, page by page, so a large account never has to fit in memory at once. */
interface PropertySink {

    void begin() throws IOException;

    void write(List<ProfileProperty> properties) throws IOException;

    void end() throws IOException;

    /** Spreadsheet-safe CSV with a header row. */
    static PropertySink csv(Appendable target) throws IOException {
        return csv(target, List.of(PropertyColumn.values()));
    }

    /** Spreadsheet-safe CSV of these columns, with a header row. */
    static PropertySink csv(Appendable target, List<PropertyColumn> columns) throws IOException {
        SafeCsvWriter writer = new SafeCsvWriter(target);
        return new PropertySink() {
            @Override
            public void begin() throws IOException {
                writer.writeRow(columns.stream().map(PropertyColumn::header).toList());
            }

            @Override
            public void write(List<ProfileProperty> properties) throws IOException {
                for (ProfileProperty property : properties) {
                    writer.writeRow(columns.stream().map(c -> c.text(property)).toList());
                }
            }

            @Override
            public void end() throws IOException {
                writer.flush();
            }
        };
    }

    /** A JSON array of objects with the API's field names (flags as 0/1). */
    static PropertySink json(Writer target) throws IOException {
        return json(target, List.of(PropertyColumn.values()));
    }

    /** A JSON array of objects with these fields (flags as 0/1). */
    static PropertySink json(Writer target, List<PropertyColumn> columns) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonGenerator generator = mapper.getFactory().createGenerator(target)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.useDefaultPrettyPrinter();
        return new PropertySink() {
            @Override
            public void begin() throws IOException {
                generator.writeStartArray();
            }

            @Override
            public void write(List<ProfileProperty> properties) throws IOException {
                for (ProfileProperty property : properties) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (PropertyColumn column : columns) object.put(column.header(), column.value(property));
                    mapper.writeValue(generator, object);
                }
            }

            @Override
            public void end() throws IOException {
                generator.writeEndArray();
                generator.writeRaw(System.lineSeparator());
                generator.flush();
            }
        };
    }
}
