package org.ogiaudit.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.CellReading;
import org.ogiaudit.model.Text;

/**
 * Reads the values of one table row from the text after its label: with " | " separators (HTML, Word) the last
 * {@code n} cells are the values and blanks are known; without them, the numbers in order, or one glued run of digits
 * cut by the row's own identity ({@link GluedDigits}). A value that cannot be read for certain stays unknown, never 0.
 */
final class CellParser {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    /**
     * A row's list number: a digit and "." or "、" before a Chinese label, even right after the previous row's digits
     * on a flattened page ("…00000003.危及…"). A decimal point is followed by digits, so amounts are safe.
     */
    private static final Pattern LIST_MARKER = Pattern.compile("\\d[、．.](?=\\s*[\\p{IsHan}“”\"'(（])|(?<![\\d.])\\d{1,2}[、．.](?=\\s*\\D)");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    /** What a cell may hold around its number: spaces, thousands separators, a unit. */
    private static final Pattern CELL_NOISE = Pattern.compile("[\\s,，元万]");
    /** A bracketed remark without digits ("(本列数据…)"), which sits between a row's label and its numbers. */
    private static final Pattern BRACKETED_WORDS = Pattern.compile("[(（][^)）\\d]{0,40}[)）]");
    private static final Pattern ZEROISH = Pattern.compile("^[—–\\-－/]+$|^无$");

    private CellParser() { }

    /** The values of one row: numbers (null where blank or unreadable), raw texts, and how they were read. */
    static final class Values {
        final BigDecimal[] numbers;
        final String[] raw;
        final boolean[] blank;
        final boolean ok;
        final CellReading how;
        /** Why the row could not be read, in both languages (it reaches a finding's message); null when it was. */
        final Text problem;
        /** Cuts of a glued row that all satisfy the row total, when there is more than one. */
        final List<long[]> candidates;

        private Values(BigDecimal[] numbers, String[] raw, boolean[] blank, boolean ok, CellReading how, Text problem,
                       List<long[]> candidates) {
            this.numbers = numbers;
            this.raw = raw;
            this.blank = blank;
            this.ok = ok;
            this.how = how;
            this.problem = problem;
            this.candidates = candidates;
        }

        static Values read(BigDecimal[] numbers, String[] raw, boolean[] blank, CellReading how) {
            return new Values(numbers, raw, blank, true, how, null, List.of());
        }

        static Values failed(int n, Text problem) {
            return failed(n, problem, new String[n], List.of());
        }

        static Values failed(int n, Text problem, String[] raw, List<long[]> candidates) {
            return new Values(new BigDecimal[n], raw, new boolean[n], false, CellReading.UNREADABLE, problem, candidates);
        }

        /** This row read with one of its {@link #candidates}, chosen by the column totals. */
        Values withCut(long[] cut) {
            BigDecimal[] nums = new BigDecimal[cut.length];
            String[] texts = new String[cut.length];
            for (int c = 0; c < cut.length; c++) {
                nums[c] = BigDecimal.valueOf(cut[c]);
                texts[c] = Long.toString(cut[c]);
            }
            return new Values(nums, texts, new boolean[cut.length], true, CellReading.SPLIT_BY_ROW_AND_COLUMN_TOTALS, null, List.of());
        }

        Values slice(int from, int n) {
            return new Values(Arrays.copyOfRange(numbers, from, from + n), Arrays.copyOfRange(raw, from, from + n),
                    Arrays.copyOfRange(blank, from, from + n), ok, how, problem, List.of());
        }
    }

    /**
     * Reads {@code n} values from {@code segment}; {@code groups} ({@code groups[0]} groups of {@code groups[1]} cells,
     * the last of each the sum of the others) allows glued digits to be cut, or null when the row has no such identity.
     */
    static Values values(String segment, int n, int[] groups) {
        if (segment.contains("|")) return separated(segment, n);
        String clean = LIST_MARKER.matcher(segment).replaceAll(" ");
        clean = BRACKETED_WORDS.matcher(clean).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(clean);
        while (m.find()) tokens.add(m.group());
        if (tokens.size() == n) {
            BigDecimal[] nums = new BigDecimal[n];
            String[] raw = new String[n];
            for (int i = 0; i < n; i++) {
                raw[i] = tokens.get(i);
                nums[i] = new BigDecimal(tokens.get(i));
            }
            return Values.read(nums, raw, new boolean[n], CellReading.CELL);
        }
        if (tokens.isEmpty()) return Values.failed(n, Text.of("没有数字", "no numbers"));
        String digits = String.join("", tokens);
        if (groups != null && ALL_DIGITS.matcher(digits).matches()) {
            long[] split = GluedDigits.splitGroups(digits, groups[0], groups[1]);
            if (split != null) {
                BigDecimal[] nums = new BigDecimal[n];
                String[] raw = new String[n];
                for (int i = 0; i < n; i++) {
                    raw[i] = Long.toString(split[i]);
                    nums[i] = BigDecimal.valueOf(split[i]);
                }
                return Values.read(nums, raw, new boolean[n], CellReading.SPLIT_BY_ROW_TOTAL);
            }
            String joined = String.join(" ", tokens);
            return Values.failed(n, Text.of("“" + joined + "”不能唯一地拆成" + n + "格",
                    "\"" + joined + "\" cannot be cut into " + n + " cells in one way only"),
                    new String[n], GluedDigits.allSplits(digits, groups[0], groups[1], 50));
        }
        if (digits.matches("0+") && digits.length() == n) {
            BigDecimal[] nums = new BigDecimal[n];
            String[] raw = new String[n];
            Arrays.fill(nums, BigDecimal.ZERO);
            Arrays.fill(raw, "0");
            return Values.read(nums, raw, new boolean[n], CellReading.ALL_ZEROS);
        }
        String joined = String.join(" ", tokens);
        return Values.failed(n, Text.of("读到" + tokens.size() + "个数字“" + joined + "”，应为" + n + "个",
                "found " + tokens.size() + " number(s) \"" + joined + "\", expected " + n));
    }

    /** A row with " | " between its cells: the last {@code n} cells, blanks kept as blanks. */
    private static Values separated(String segment, int n) {
        int nl = segment.indexOf('\n', segment.indexOf('|'));
        String line = nl < 0 ? segment : segment.substring(0, nl);
        List<String> pieces = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
        pieces.remove(0);
        if (pieces.size() < n) {
            return Values.failed(n, Text.of("读到" + pieces.size() + "格，应为" + n + "格", "found " + pieces.size() + " cells, expected " + n));
        }
        pieces = pieces.subList(pieces.size() - n, pieces.size());
        boolean allBlank = pieces.stream().allMatch(p -> p.strip().isEmpty());
        BigDecimal[] nums = new BigDecimal[n];
        String[] raw = new String[n];
        boolean[] blank = new boolean[n];
        for (int i = 0; i < n; i++) {
            String p = pieces.get(i).strip();
            raw[i] = p;
            if (p.isEmpty()) {
                blank[i] = true;
                if (allBlank) nums[i] = BigDecimal.ZERO;
            } else if (ZEROISH.matcher(p).matches()) {
                nums[i] = BigDecimal.ZERO;
            } else if (NUMBER.matcher(CELL_NOISE.matcher(p).replaceAll("")).matches()) {
                nums[i] = new BigDecimal(CELL_NOISE.matcher(p).replaceAll(""));
            } else {
                return Values.failed(n, Text.of("第" + (i + 1) + "格为“" + p + "”", "cell " + (i + 1) + " reads \"" + p + "\""), raw, List.of());
            }
        }
        return Values.read(nums, raw, blank, allBlank ? CellReading.BLANK_ROW : CellReading.CELL);
    }
}
