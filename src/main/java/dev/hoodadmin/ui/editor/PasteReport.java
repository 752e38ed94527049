package dev.hoodadmin.ui.editor;

/**
 * What a paste did: values queued (in how many properties) and cells skipped, by reason.
 *
 * @param firstProblem the rule the first invalid value broke, or null
 */
record PasteReport(int pasted, int properties, int systemSkipped, int readOnlySkipped, int invalidSkipped,
                   int outsideSkipped, String firstProblem) {

    int skipped() {
        return systemSkipped + readOnlySkipped + invalidSkipped + outsideSkipped;
    }

    /** e.g. "Pasted 6 values into 3 properties; skipped 2 cells: 2 in system properties." */
    String text() {
        StringBuilder text = new StringBuilder("Pasted ").append(count(pasted, "value")).append(" into ")
                .append(properties).append(properties == 1 ? " property" : " properties");
        if (skipped() > 0) {
            text.append("; skipped ").append(count(skipped(), "cell")).append(":");
            String separator = " ";
            if (systemSkipped > 0) {
                text.append(separator).append(systemSkipped).append(" in system properties");
                separator = ", ";
            }
            if (readOnlySkipped > 0) {
                text.append(separator).append(readOnlySkipped).append(" in columns that cannot be edited");
                separator = ", ";
            }
            if (invalidSkipped > 0) {
                text.append(separator).append(invalidSkipped).append(" not valid (").append(firstProblem).append(')');
                separator = ", ";
            }
            if (outsideSkipped > 0) text.append(separator).append(outsideSkipped).append(" past the end of the table");
        }
        return text.append('.').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
