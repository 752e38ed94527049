package dev.hoodadmin.ui.table;

import java.util.Comparator;

/**
 * Orders ids as numbers when both are digits ("99" before "1000105"), otherwise as text.
 * Ids are opaque strings in the contract, so non-numeric ones must still sort, after the numbers.
 */
final class IdComparator implements Comparator<String> {

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        boolean aNumeric = isDigits(a);
        boolean bNumeric = isDigits(b);
        if (aNumeric && bNumeric) {
            String aTrimmed = stripLeadingZeros(a);
            String bTrimmed = stripLeadingZeros(b);
            int byLength = Integer.compare(aTrimmed.length(), bTrimmed.length());
            return byLength != 0 ? byLength : aTrimmed.compareTo(bTrimmed);
        }
        if (aNumeric != bNumeric) return aNumeric ? -1 : 1;
        return a.compareTo(b);
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') start++;
        return digits.substring(start);
    }
}
