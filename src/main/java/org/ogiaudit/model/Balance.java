package org.ogiaudit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two sides of a table identity, summed as an accountant would: the cells of each side with their values and lines,
 * both sums and the difference. Rules build one with {@link #of} and decide what a difference means; this class only
 * computes, and gives each side as an accountant writes it for the rule's message. Blank cells count as 0 in the sums;
 * whether they may decide a FAIL is the rule's call ({@link #isAnyBlank()}).
 */
public final class Balance {
    private final String what;
    private final List<TableCell> left;
    private final List<TableCell> right;
    private final BigDecimal leftSum;
    private final BigDecimal rightSum;

    private Balance(String what, List<TableCell> left, List<TableCell> right) {
        this.what = what;
        this.left = left;
        this.right = right;
        this.leftSum = sum(left);
        this.rightSum = sum(right);
    }

    /** The identity "sum of {@code left} = sum of {@code right}"; {@code what} names it in messages ("表三 自然人"). */
    public static Balance of(String what, List<?> left, List<?> right) {
        return new Balance(what, cells(left), cells(right));
    }

    /** True when both sides add up to the same number. */
    public boolean isHolds() { return leftSum.compareTo(rightSum) == 0; }

    /** True when a cell could not be read at all: the table-level finding says so once, the identity says nothing. */
    public boolean isAnyUnreadable() { return all().stream().anyMatch(c -> !c.isReadable()); }

    /**
     * True when glued digits of this very column were cut apart by assuming the column's totals add up: the identity
     * held by construction and proves nothing.
     */
    public boolean isCutByItsOwnTotals() {
        return all().stream().anyMatch(c -> c.getReading() == CellReading.SPLIT_BY_ROW_AND_COLUMN_TOTALS)
                && all().stream().map(TableCell::getColumn).distinct().count() == 1;
    }

    /** True when the identity can be tested at all: every cell read, and not cut by these very totals. */
    public boolean isTestable() { return !isAnyUnreadable() && !isCutByItsOwnTotals(); }

    /**
     * True when a cell was read from a picture by OCR and no typed text confirms its figure: a difference may be a
     * misread digit, so the identity cannot FAIL on its own.
     */
    public boolean isRestsOnOcr() { return all().stream().anyMatch(TableCell::isRestsOnOcr); }

    /** True when a blank cell (not in an all-blank row) was counted as 0. */
    public boolean isAnyBlank() { return all().stream().anyMatch(c -> !c.isKnown()); }

    public BigDecimal getLeftSum() { return leftSum; }
    public BigDecimal getRightSum() { return rightSum; }
    public BigDecimal getDifference() { return leftSum.subtract(rightSum).abs(); }

    /** What the identity is about, as the rule named it: "表三 自然人", "表四 行政复议". */
    public String getWhat() { return what; }

    /** The left side as an accountant writes it: "本年新收 21 + 上年结转 2", or "the sum of 20 cells (3 not 0)". */
    public Text getLeftSide() { return side(left, oneRow()); }

    /** The right side, written as {@link #getLeftSide()}. */
    public Text getRightSide() { return side(right, oneRow()); }

    /**
     * A note when the page glued these cells' digits together and they were cut apart by each row's own total; empty
     * otherwise. A rule's message adds it, so that a reader knows how the numbers were read.
     */
    public Text getGluedNote() {
        if (all().stream().noneMatch(c -> c.getReading().isFromGluedDigits())) return Text.EMPTY;
        return Text.of("；页面将这些单元格的数字连在一起，已按各行自身的总计拆开（唯一可能的拆法，见 ogi-audit facts）",
                "; the page glued these cells' digits together and they were cut apart by each row's own total "
                        + "(the only cut possible; see ogi-audit facts)");
    }

    private boolean oneRow() {
        return all().stream().map(TableCell::getRow).distinct().count() == 1;
    }

    /** Each cell's text, value and line, left side first. */
    public List<Evidence> getEvidence() {
        return all().stream().map(TableCell::getEvidence).distinct().toList();
    }

    private List<TableCell> all() {
        List<TableCell> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    private static List<TableCell> cells(List<?> objects) {
        List<TableCell> out = new ArrayList<>();
        for (Object o : objects) out.add((TableCell) o);
        out.sort(Comparator.comparing(TableCell::getRow)); // the format's own row order
        return List.copyOf(out);
    }

    private static BigDecimal sum(List<TableCell> cells) {
        BigDecimal s = BigDecimal.ZERO;
        for (TableCell c : cells) if (c.isKnown()) s = s.add(c.getValue());
        return s;
    }

    private static Text side(List<TableCell> cells, boolean byColumn) {
        if (cells.size() > 4) {
            long nonZero = cells.stream().filter(c -> c.isKnown() && c.getValue().signum() != 0).count();
            return Text.of(cells.size() + "格之和（" + nonZero + "格不为0）", "the sum of " + cells.size() + " cells (" + nonZero + " not 0)");
        }
        StringBuilder sb = new StringBuilder();
        for (TableCell c : cells) {
            if (sb.length() > 0) sb.append(" + ");
            sb.append(byColumn ? c.getColumnName() : c.getRowLabel().replaceFirst("^[一二三四]、", "")).append(' ')
                    .append(c.isKnown() ? c.getValue().toPlainString() : "(空白)");
        }
        return Text.of(sb.toString(), sb.toString());
    }

    @Override public String toString() { return "Balance[" + what + " " + leftSum + " vs " + rightSum + "]"; }
}
