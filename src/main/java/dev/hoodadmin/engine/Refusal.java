package dev.hoodadmin.engine;

/** A row that was not sent, and why; {@code field} is as written in the file. */
public record Refusal(String source, int line, String propertyId, String field, String reason) {

    public static Refusal of(FieldEdit edit, String reason) {
        return new Refusal(edit.source(), edit.line(), edit.propertyId(), edit.field().wireName(), reason);
    }

    /** e.g. {@code refused  edits.csv line 7  id 1000105  field label: not an updatable field} (the window's
     *  words; the command line quotes each part through its terminal filter). */
    public String describe() {
        return "refused  " + source + " line " + line + "  id " + propertyId + "  field " + field + ": " + reason;
    }
}
