package dev.hoodadmin.ui.table;

import java.util.Comparator;

/**
 * Orders ids as numbers when both are digits ("99" before "1000105"), otherwise as text.
 * Ids are opaque strings in the contract, so non-numeric ones must still sort, after the numbers.
 * The table sorts by {@link #sortKey}, made once per row; comparing two keys gives this order.
 */
final class IdComparator implements Comparator<String> {

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return sortKey(a).compareTo(sortKey(b));
    }

    /** Digits as "0", their count (4 digits) and the digits without leading zeros; anything else as "1" and the text. */
    static String sortKey(String id) {
        if (id == null) return null;
        if (!isDigits(id)) return "1" + id;
        String digits = stripLeadingZeros(id);
        return "0" + String.format("%04d", Math.min(digits.length(), 9999)) + digits;
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
