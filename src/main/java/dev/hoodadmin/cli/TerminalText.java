package dev.hoodadmin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one gate for text bound for the terminal (stderr): escape sequences, C0 and C1 control characters and
 * bidi overrides from files or servers are shown as {@code \}{@code u001B}-style text instead of acting on the
 * terminal, and long values are shortened with "… (N more characters)". Data written to stdout or files (CSV,
 * JSON) does not pass here: it stays exact.
 */
final class TerminalText {
    /** Longest value quoted inside a message (an id, a field name, a cell). */
    static final int VALUE_CHARS = 80;
    /** Longest line: the last guard for text no message shortened (a server's message, say). */
    static final int LINE_CHARS = 1_000;

    private TerminalText() {
    }

    /** A value to quote in a message: neutralised and shortened. */
    static String value(String text) {
        return shorten(neutralise(text), VALUE_CHARS);
    }

    /** A value in quotes, neutralised and shortened; "(none)" for no value (e.g. a field the server left empty). */
    static String quoted(String text) {
        return text == null ? "(none)" : "'" + value(text) + "'";
    }

    /** The text as a finished sentence: a full stop added unless it ends in one already (never ".."). */
    static String sentence(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    /** Every control character and bidi override as visible text; other characters unchanged. */
    static String neutralise(String text) {
        if (text == null) return "null";
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (safe == null) safe = new StringBuilder(text.length() + 16).append(text, 0, i);
                safe.append(String.format("\\u%04X", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** The text, or its first {@code max} characters and how many more there were. */
    static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max; // never half a character
        return text.substring(0, cut) + "… (" + (text.length() - cut) + " more characters)";
    }

    private static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A writer for stderr that passes every line through {@link #neutralise} and {@link #LINE_CHARS}. */
    static PrintWriter writer(Writer terminal) {
        return terminal instanceof Lines.Printer printer ? printer : new Lines.Printer(new Lines(terminal));
    }

    /** Collects characters up to each line end and hands the line on made safe. */
    private static final class Lines extends Writer {
        private final Writer terminal;
        private final StringBuilder line = new StringBuilder();

        Lines(Writer terminal) {
            this.terminal = terminal;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') endLine();
                else line.append(chars[i]);
            }
        }

        private void endLine() throws IOException {
            if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') line.setLength(line.length() - 1);
            terminal.write(shorten(neutralise(line.toString()), LINE_CHARS));
            terminal.write(System.lineSeparator());
            line.setLength(0);
        }

        @Override
        public void flush() throws IOException {
            if (!line.isEmpty()) { // a line without its end yet: shown as far as it goes
                terminal.write(shorten(neutralise(line.toString()), LINE_CHARS));
                line.setLength(0);
            }
            terminal.flush();
        }

        @Override
        public void close() throws IOException {
            flush(); // the terminal stays open: it is the process's stderr
        }

        /** Marks a writer already made safe, so it is not wrapped twice. */
        static final class Printer extends PrintWriter {
            Printer(Lines lines) {
                super(lines, true);
            }
        }
    }
}
