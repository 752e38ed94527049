package dev.hoodadmin.ui.editor;

/**
 * Long before/after texts side by side, reduced to where they differ: the common start and end are cut to a
 * few characters of context around the changed middle, so a one-word change in a 2,000-character description
 * is seen at a glance.
 */
record TextDiff(String before, String after) {
    static final int LONG = 60;
    static final int CONTEXT = 12;

    /** The two texts as shown: unchanged when short, else their differing middles with a little context. */
    static TextDiff of(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (a.length() <= LONG && b.length() <= LONG) return new TextDiff(a, b);
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < shorter - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        return new TextDiff(cut(a, prefix, suffix), cut(b, prefix, suffix));
    }

    private static String cut(String text, int prefix, int suffix) {
        int from = Math.max(0, prefix - CONTEXT);
        int to = Math.min(text.length(), text.length() - suffix + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
