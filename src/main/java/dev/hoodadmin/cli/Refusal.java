package dev.hoodadmin.cli;

/** A row that was not sent, and why; {@code field} is as written in the file. */
record Refusal(String source, int line, String propertyId, String field, String reason) {

    static Refusal of(FieldEdit edit, String reason) {
        return new Refusal(edit.source(), edit.line(), edit.propertyId(), edit.field().wireName(), reason);
    }

    /** e.g. {@code refused  edits.csv line 7  id 1000105  field label: not an updatable field}. */
    String describe() {
        return "refused  " + source + " line " + line + "  id " + propertyId + "  field " + field + ": " + reason;
    }
}
