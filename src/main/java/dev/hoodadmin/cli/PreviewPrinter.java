package dev.hoodadmin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hoodadmin.engine.ImportPreview;
import dev.hoodadmin.engine.Refusal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code apply --dry-run}: the import preview on stdout, as a table for people (long values cut, control
 * characters shown as escapes) or as JSON for scripts (values whole).
 */
final class PreviewPrinter {
    /** Lower case, so help and the option read {@code --format table|json} as people type them. */
    enum Format { table, json }

    private static final int CELL = 40;
    private final PrintWriter out;

    PreviewPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(String source, ImportPreview.Result preview, Format format) {
        if (format == Format.json) json(source, preview);
        else table(source, preview);
        out.flush();
    }

    private void table(String source, ImportPreview.Result preview) {
        out.println("Preview of " + TerminalText.neutralise(source) + " (nothing was sent):");
        if (!preview.changes().isEmpty() || !preview.creations().isEmpty()) {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[]{"line", "id", "label", "field", "before", "after"});
            for (ImportPreview.PropertyChange change : preview.changes()) {
                for (ImportPreview.FieldChange field : change.fields()) {
                    lines.add(new String[]{Integer.toString(change.line()), change.id(), cell(change.label()),
                            field.field().wireName(), cell(field.before()), "→ " + cell(field.after())});
                }
            }
            for (ImportPreview.NewRow row : preview.creations()) {
                lines.add(new String[]{Integer.toString(row.line()), "new", cell(row.property().label()),
                        "data_type", "", "→ " + cell(row.property().dataType())});
                row.property().values().forEach((field, value) -> lines.add(new String[]{Integer.toString(row.line()), "new",
                        cell(row.property().label()), field.wireName(), "", "→ " + cell(value)}));
            }
            int[] widths = new int[6];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) widths[i] = Math.max(widths[i], line[i].codePointCount(0, line[i].length()));
            }
            for (String[] line : lines) {
                StringBuilder row = new StringBuilder("  ");
                for (int i = 0; i < line.length; i++) {
                    row.append(line[i]);
                    if (i < line.length - 1) row.append(" ".repeat(widths[i] - line[i].codePointCount(0, line[i].length()) + 2));
                }
                out.println(row.toString().stripTrailing());
            }
        }
        if (preview.hasRefusals()) {
            out.println("Refused (never sent):");
            preview.refusals().forEach(refusal -> out.println("  " + TerminalText.neutralise(refusal.describe())));
        }
        out.println(preview.summary());
    }

    private void json(String source, ImportPreview.Result preview) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ImportPreview.PropertyChange change : preview.changes()) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (ImportPreview.FieldChange field : change.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("field", field.field().wireName());
                f.put("before", field.before());
                f.put("after", field.after());
                fields.add(f);
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", change.id());
            c.put("label", change.label());
            c.put("line", change.line());
            c.put("fields", fields);
            changes.add(c);
        }
        root.put("changes", changes);
        List<Map<String, Object>> created = new ArrayList<>();
        for (ImportPreview.NewRow row : preview.creations()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("line", row.line());
            c.put("label", row.property().label());
            c.put("data_type", row.property().dataType());
            row.property().values().forEach((field, value) -> c.put(field.wireName(), value));
            created.add(c);
        }
        root.put("new", created);
        root.put("unchanged", preview.unchanged());
        List<Map<String, Object>> refused = new ArrayList<>();
        for (Refusal refusal : preview.refusals()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("line", refusal.line());
            r.put("id", refusal.propertyId());
            r.put("field", refusal.field());
            r.put("reason", refusal.reason());
            refused.add(r);
        }
        root.put("refused", refused);
        root.put("requests", preview.requests());
        root.put("eta_seconds", preview.eta().map(d -> d.toMillis() / 1000.0).orElse(null));
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the preview", e);
        }
    }

    private static String cell(String value) {
        if (value == null) return "(none)";
        String safe = TerminalText.neutralise(value);
        return safe.codePointCount(0, safe.length()) <= CELL ? "\"" + safe + "\""
                : "\"" + safe.substring(0, safe.offsetByCodePoints(0, CELL - 1)) + "…\"";
    }
}
