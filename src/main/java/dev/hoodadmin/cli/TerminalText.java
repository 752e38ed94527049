package dev.hoodadmin.cli;

/** Text from a file or the server made safe to print: control characters are shown as escapes, never sent to the terminal. */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) return "";
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) safe.append(String.format("\\u%04x", c));
            else safe.appendCodePoint(c);
        });
        return safe.toString();
    }
}
