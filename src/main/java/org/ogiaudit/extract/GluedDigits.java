package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of digits that a flattened page glued together ("21710000218") back into its cells, using the table's
 * own arithmetic: the last cell of each group is the sum of the others. A split is accepted only when exactly one
 * exists; otherwise the cells are unreadable. Cells read this way cannot be used to test that same identity.
 */
final class GluedDigits {
    /** Longest number a count cell holds in practice. */
    private static final int MAX_DIGITS = 7;

    private GluedDigits() { }

    /**
     * The unique way to cut {@code digits} into {@code groups × size} numbers where, in each group, the last number is
     * the sum of the others; null when there is none or more than one.
     */
    static long[] splitGroups(String digits, int groups, int size) {
        List<long[]> found = allSplits(digits, groups, size, 2);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Every cut (at most {@code cap}) where each group's last number is the sum of the others. */
    static List<long[]> allSplits(String digits, int groups, int size, int cap) {
        List<long[]> found = new ArrayList<>();
        search(digits, 0, new long[groups * size], 0, size, found, cap);
        return found;
    }

    private static void search(String s, int pos, long[] acc, int k, int size, List<long[]> found, int cap) {
        if (found.size() >= cap) return;
        int remainingParts = acc.length - k;
        if (remainingParts == 0) {
            if (pos == s.length()) found.add(acc.clone());
            return;
        }
        int remainingChars = s.length() - pos;
        if (remainingChars < remainingParts || remainingChars > remainingParts * MAX_DIGITS) return;
        boolean isTotal = (k % size) == size - 1;
        if (isTotal) {
            long sum = 0;
            for (int j = k - size + 1; j < k; j++) sum += acc[j];
            String want = Long.toString(sum);
            if (s.startsWith(want, pos)) {
                acc[k] = sum;
                search(s, pos + want.length(), acc, k + 1, size, found, cap);
            }
            return;
        }
        for (int len = 1; len <= Math.min(MAX_DIGITS, remainingChars); len++) {
            if (len > 1 && s.charAt(pos) == '0') break; // no leading zeros: "0" is a cell of its own
            acc[k] = Long.parseLong(s.substring(pos, pos + len));
            search(s, pos + len, acc, k + 1, size, found, cap);
            if (found.size() >= cap) return;
        }
    }
}
