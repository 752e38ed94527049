package dev.hoodadmin.cli;

/** Text from the server or the journal made safe for a terminal: control characters are shown, never obeyed. */
final class TerminalText {
    private static final int MAX_SHOWN = 200;

    private TerminalText() {
    }

    /** Control characters (an escape sequence, a newline) become visible escapes such as {@code \n} or {@code \u001b}. */
    static String printable(String text) {
        if (text == null) return "";
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        shown.append(String.format("\\u%04x", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    /** Printable, in quotes, cut after {@value #MAX_SHOWN} characters; "(none)" for null. */
    static String quoted(String text) {
        if (text == null) return "(none)";
        String shown = printable(text);
        return "'" + (shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "…" : shown) + "'";
    }
}
