package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;

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
        StringBuilder text = new StringBuilder(Texts.get("paste.report.pasted",
                Texts.plural("paste.report.values", pasted, Texts.number(pasted)),
                Texts.plural("paste.report.properties", properties, Texts.number(properties))));
        if (skipped() > 0) {
            text.append(Texts.get("paste.report.skipped", Texts.plural("paste.report.cells", skipped(), Texts.number(skipped()))));
            String separator = " ";
            if (systemSkipped > 0) {
                text.append(separator).append(Texts.get("paste.report.system", Texts.number(systemSkipped)));
                separator = ", ";
            }
            if (readOnlySkipped > 0) {
                text.append(separator).append(Texts.get("paste.report.readOnly", Texts.number(readOnlySkipped)));
                separator = ", ";
            }
            if (invalidSkipped > 0) {
                text.append(separator).append(Texts.get("paste.report.invalid", Texts.number(invalidSkipped), firstProblem));
                separator = ", ";
            }
            if (outsideSkipped > 0) {
                text.append(separator).append(Texts.get("paste.report.outside", Texts.number(outsideSkipped)));
            }
        }
        return text.append('.').toString();
    }
}
