package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.model.TableRow;

/**
 * Table 三 rows whose glued digits allow several cuts: every combination is tried, and the only one under which each
 * column balances (新收 + 结转 = 总计 + 结转下年度) and its results add up to (七)总计 is kept. No combination, or more
 * than one, leaves the rows unreadable. Cells cut this way are marked, so that rules never test these very identities
 * with them.
 */
final class GluedRows {
    /** Combinations tried at most: beyond this, the rows stay unreadable. */
    private static final long MAX_COMBINATIONS = 100_000;

    private GluedRows() { }

    /** Replaces the unreadable rows of {@code read} with their cut when exactly one set of cuts balances the table. */
    static void solve(List<TableLayout.Row> rows, CellParser.Values[] read) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < read.length; i++) {
            if (read[i].ok) continue;
            if (read[i].candidates.size() < 2) return; // a row that cannot be read at all: nothing to solve for
            open.add(i);
        }
        if (open.isEmpty()) return;
        long combos = 1;
        for (int i : open) {
            combos *= read[i].candidates.size();
            if (combos > MAX_COMBINATIONS) return;
        }
        Keys k = new Keys(rows);
        int[] choice = new int[open.size()];
        int[] found = null;
        for (long c = 0; c < combos; c++) {
            long rest = c;
            for (int j = 0; j < open.size(); j++) {
                choice[j] = (int) (rest % read[open.get(j)].candidates.size());
                rest /= read[open.get(j)].candidates.size();
            }
            if (columnsAddUp(rows, read, open, choice, k)) {
                if (found != null) return; // two combinations work: still ambiguous
                found = choice.clone();
            }
        }
        if (found == null) return;
        for (int j = 0; j < open.size(); j++) {
            int i = open.get(j);
            read[i] = read[i].withCut(read[i].candidates.get(found[j]));
        }
    }

    /** Where the rows of the two identities stand in the layout (-1 when absent). */
    private record Keys(int total, int r1, int r2, int r4) {
        Keys(List<TableLayout.Row> rows) {
            this(index(rows, TableRow.T3_TOTAL), index(rows, TableRow.T3_NEW), index(rows, TableRow.T3_CARRIED_OVER),
                    index(rows, TableRow.T3_CARRIED_FORWARD));
        }

        private static int index(List<TableLayout.Row> rows, TableRow row) {
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).row() == row) return i;
            return -1;
        }
    }

    private static boolean columnsAddUp(List<TableLayout.Row> rows, CellParser.Values[] read, List<Integer> open, int[] choice, Keys k) {
        for (int col = 0; col < 7; col++) {
            long leaves = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).row().isResult()) leaves += value(read, open, choice, i, col);
            }
            long t = value(read, open, choice, k.total(), col);
            if (leaves != t) return false;
            if (value(read, open, choice, k.r1(), col) + value(read, open, choice, k.r2(), col) != t + value(read, open, choice, k.r4(), col)) {
                return false;
            }
        }
        return true;
    }

    private static long value(CellParser.Values[] read, List<Integer> open, int[] choice, int row, int col) {
        if (row < 0) return 0;
        int j = open.indexOf(row);
        if (j >= 0) return read[row].candidates.get(choice[j])[col];
        return read[row].numbers[col] == null ? 0 : read[row].numbers[col].longValue();
    }
}
