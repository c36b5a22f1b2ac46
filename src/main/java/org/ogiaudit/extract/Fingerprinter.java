package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.ReportDigest;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.Table;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Reads a checked report's {@link ReportDigest}: what the cross-report phase compares across reports.
 *
 * <p>Copied reports (雷同) are found by their sentences. A sentence is compared by a fingerprint of its masked form: the
 * report's own organ and place names, every number (years, counts, dates) and all punctuation and spaces removed, so
 * that a report copied from another organ's, with the names and figures changed, still matches it. What every report
 * writes by the format is left out, so that two reports do not look alike for following it: headings, the rows of the
 * statistics tables, and the sentences of vocabulary/shared-wording.txt; and so is any sentence shorter than
 * {@value #MIN_CHARS} characters once masked (一是…, 无。), which says too little to be copied.
 */
public final class Fingerprinter {
    /** Masked sentences shorter than this are not compared: "无其他需要报告的事项" is everyone's. */
    static final int MIN_CHARS = 12;
    /** Evidence quotes kept in a digest are cut to this length. */
    static final int MAX_QUOTE = ReportDigest.MAX_QUOTE;
    /** Places inside a name: 江苏省宿迁市沭阳县发展和改革局 → 江苏省, 宿迁市, 沭阳县. */
    private static final Pattern PLACE = Pattern.compile(
            "\\p{IsHan}{1,8}?(?:自治区|自治州|自治县|自治旗|特别行政区|新区|综合实验区|实验区|开发区|地区|省|市|州|盟|县|旗|区|镇|乡|街道)");

    private final Concept sharedWording;
    private final Concept lapse;

    public Fingerprinter(Vocabulary vocabulary) {
        this.sharedWording = vocabulary.get(ConceptName.SHARED_WORDING);
        this.lapse = vocabulary.get(ConceptName.STATEMENT_LAPSE);
    }

    /** The organ's name as reports of different years are linked by ({@link CrossReport#organKey}). */
    public static String organKey(String organ) {
        return CrossReport.organKey(organ);
    }

    /** The digest of one checked report; {@code lines} is the text its evidence line numbers refer to. */
    public ReportDigest digest(ReportFacts facts, List<String> lines) {
        Report r = facts.getReport();
        int from = Math.max(1, r.getFirstLine());
        int to = Math.min(lines.size(), r.getLastLine() <= 0 ? lines.size() : r.getLastLine());
        List<ReportDigest.Cell> cells = new ArrayList<>();
        Set<Integer> tableLines = new HashSet<>();
        StringBuilder t3 = new StringBuilder();
        for (TableCell c : facts.getTableCells()) {
            tableLines.add(c.getLine());
            if (c.getRow() == TableRow.T3_CARRIED_OVER || c.getRow() == TableRow.T3_CARRIED_FORWARD
                    || c.getRow() == TableRow.T2_RULES || c.getRow() == TableRow.T2_NORMATIVE) {
                cells.add(ReportDigest.Cell.of(c));
            }
            if (c.getTable() == Table.T3 && c.isKnown()) {
                if (t3.length() > 0) t3.append(';');
                t3.append(c.getRow().getKey()).append('.').append(c.getColumn().name()).append('=').append(c.getValue().toPlainString());
            }
        }
        TableRead.State t2 = null;
        TableRead.State t3State = null;
        for (TableRead t : facts.getTables()) {
            if (t.getEvidence() != null) tableLines.add(t.getEvidence().getLine());
            if (t.getTable() == Table.T2) t2 = t.getState();
            if (t.getTable() == Table.T3) t3State = t.getState();
        }
        List<String> headings = new ArrayList<>();
        for (Section s : facts.getSections()) headings.add(s.getHeading());
        List<String> names = names(r);

        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        List<ReportDigest.Fingerprint> sentences = new ArrayList<>();
        ReportDigest.Line lapseAt = null;
        long content = 0xcbf29ce484222325L;
        for (int i = from; i <= to; i++) {
            String line = lines.get(i - 1);
            content = fnvWithoutSpaces(content, line);
            if (tableLines.contains(i)) continue;
            for (Sentence s : Sentence.split(List.of(line), 0, 1)) {
                String text = withoutHeading(s.text(), headings);
                if (lapseAt == null && lapse.in(text)) lapseAt = new ReportDigest.Line(clip(s.text()), i);
                String masked = mask(text, names);
                if (masked.length() < MIN_CHARS || sharedWording.in(masked)) continue;
                long h = hash(masked);
                if (seen.add(h)) sentences.add(new ReportDigest.Fingerprint(h, i, clip(s.text())));
            }
        }
        return new ReportDigest(r.getFile(), r.getPart(), r.getAgency(), organKey(r.getAgency()), r.getDivisionCode(),
                r.getOrganKind(), r.getReportYear(), r.getPublishedOn() == null ? null : r.getPublishedOn().toString(),
                r.isOrganReadFromBody(), t3State, t2, cells, t3.toString(), lapseAt, sentences, content);
    }

    /**
     * The sentence as compared: names, numbers, punctuation and spaces removed; only Chinese characters and Latin letters
     * are kept (a character loop: it runs on every sentence of every report).
     */
    static String mask(String sentence, List<String> names) {
        String t = sentence;
        for (String n : names) if (t.contains(n)) t = t.replace(n, "");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || Character.isIdeographic(c)) sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The report's own names, longest first: its organ, region and division, each place they hold, and each place
     * without its ending (淮安市 → 淮安), for reports that write a place short.
     */
    static List<String> names(Report r) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : new String[] {r.getAgency(), r.getRegion(), r.getDivision()}) {
            if (name == null || name.isBlank()) continue;
            out.add(name);
            // the places a name starts with, one after another: 江苏省 宿迁市 沭阳县 | 发展和改革局
            Matcher m = PLACE.matcher(name);
            int at = 0;
            while (at < name.length() && m.region(at, name.length()).lookingAt()) {
                String place = m.group();
                out.add(place);
                if (stemEnd(place) >= 2) out.add(place.substring(0, stemEnd(place)));
                at = m.end();
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    /** Where a place's ending starts: 淮安市 → 2 (淮安), 平潭综合实验区 → 2. */
    private static int stemEnd(String place) {
        for (String end : new String[] {"自治区", "自治州", "自治县", "自治旗", "特别行政区", "新区", "综合实验区", "实验区", "开发区",
                "地区", "街道"}) {
            if (place.endsWith(end)) return place.length() - end.length();
        }
        return place.length() - 1;
    }

    private static String withoutHeading(String sentence, List<String> headings) {
        for (String h : headings) {
            if (h != null && h.length() >= 2 && sentence.startsWith(h)) return sentence.substring(h.length());
        }
        return sentence;
    }

    private static String clip(String s) {
        return s.length() > MAX_QUOTE ? s.substring(0, MAX_QUOTE) + "…" : s;
    }

    /** 64-bit FNV-1a over the characters, with a final mix so that the high bits are as good as the low ones. */
    static long hash(String s) {
        long h = fnv(0xcbf29ce484222325L, s);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long fnvWithoutSpaces(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) continue;
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
