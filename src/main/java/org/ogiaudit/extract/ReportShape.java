package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.Section;
import org.ogiaudit.vocabulary.Concept;

/**
 * What the text shows of the report as a whole, for deciding what an absence means: the last part it reaches, whether
 * it reaches the report's end, and whether its numbering skips a heading.
 *
 * <p>A page opening or a cut page ends in the middle of a sentence, with no signature and no page furniture after it;
 * the parts it does not reach may well be in the report. A text shows its end when it has a signature date in its last
 * lines, page furniture after the report (vocabulary/page-end.txt), the last page's footer ("第2页 共2页"), a
 * statistics appendix, or, for a text that shows its own start, when it reaches the problems or other-matters part and
 * ends a sentence.
 */
final class ReportShape {
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?][”」』)）]?$");
    private static final Pattern LAST_PAGE = Pattern.compile("第\\s*(\\d+)\\s*页\\s*[,，/]?\\s*共\\s*(\\d+)\\s*页");
    private static final int END_LINES = 6;
    /**
     * A signature date alone on a line: a whole date, or one written in Chinese numerals even if cut short
     * ("二0一七年"). A bare "2023年" is not one: it is as often the first word of a cut sentence.
     */
    private static final Pattern SIGNATURE_YEAR = Pattern.compile(
            "[(（]?(?:(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "|[二〇○零O0][〇○零O0一二三四五六七八九\\d]{3}\\s*年(?:\\s*[一二三四五六七八九十]{1,2}\\s*月(?:\\s*[一二三四五六七八九十]{1,3}\\s*日?)?)?)[)）]?");

    private final Concept pageEnd;

    ReportShape(Concept pageEnd) {
        this.pageEnd = pageEnd;
    }

    /**
     * How far the text reaches ({@link org.ogiaudit.model.Report#getReached()}): the furthest top-level part it shows
     * (an appendix stands after them all). Sub-headings do not count: "(二)完善考核" under the overview is no sign of
     * the later parts.
     */
    static int reached(List<Section> sections) {
        int reached = 0;
        for (Section s : sections) {
            if (s.isInAppendix()) return 7;
            if (s.getLevel() != 1) continue;
            for (SectionKind k : s.getKinds()) reached = Math.max(reached, position(k));
        }
        return reached;
    }

    /** Where a part stands in the order of the Regulations' items (Art. 32; Art. 50). */
    private static int position(SectionKind k) {
        return switch (k) {
            case OVERVIEW -> 1;
            case ACTIVE -> 2;
            case REQUEST -> 3;
            case FEES -> 4;
            case REVIEW -> 5;
            case PROBLEMS -> 6;
            case OTHER -> 7;
            case ASSESSMENT -> 0; // a sub-topic of the overview or the problems, it marks no place of its own
        };
    }

    /** The report's last line that holds something. */
    static Evidence lastLine(ReportText t) {
        for (int i = t.end - 1; i >= t.start; i--) {
            String l = t.lines.get(i).strip();
            if (!l.isEmpty()) return t.evidence(Mentions.clip(l), i + 1);
        }
        return null;
    }

    /** True when nothing shows that the text reaches the report's end. */
    boolean endsMidReport(ReportText t, int reached, boolean signed, boolean hasAppendix, boolean fragment) {
        if (signed || hasAppendix) return false;
        for (int i = Math.max(t.start, t.end - END_LINES); i < t.end; i++) {
            String l = t.lines.get(i).strip();
            if (pageEnd.in(l)) return false;
            Matcher m = LAST_PAGE.matcher(l);
            if (m.find() && m.group(1).equals(m.group(2))) return false;
        }
        Evidence last = lastLine(t);
        // a signature date alone on the last line, even cut short ("二0一七年"): the report's end was reached
        if (last != null && SIGNATURE_YEAR.matcher(t.lines.get(last.getLine() - 1).strip()).matches()) return false;
        boolean endsSentence = last != null && SENTENCE_END.matcher(t.lines.get(last.getLine() - 1).strip()).find();
        // a finished sentence in the last parts shows the end only of a text that shows its start: a fragment saved
        // from its first heading on may have lost its end as well
        return !(endsSentence && reached >= 6 && !fragment);
    }

    /** Where the top-level numbering of the report's own parts skips a number it never uses (三、 then 五、), or null. */
    static Evidence outlineGap(List<Section> sections) {
        List<Section> top = new ArrayList<>();
        for (Section s : sections) if (s.getLevel() == 1 && !s.isInAppendix() && s.getOrdinal() > 0) top.add(s);
        Set<Integer> numbers = new HashSet<>();
        for (Section s : top) numbers.add(s.getOrdinal());
        for (int i = 1; i < top.size(); i++) {
            int before = top.get(i - 1).getOrdinal();
            int after = top.get(i).getOrdinal();
            // parts numbered out of order (三、五、四、) lose nothing: only a number that never comes is a gap
            if (after > before + 1 && !numbers.contains(before + 1)) {
                return new Evidence(top.get(i - 1).getEvidence().getQuote() + " … " + top.get(i).getEvidence().getQuote()
                        + " (no heading numbered " + (before + 1) + ")", top.get(i).getLine(), null,
                        top.get(i - 1).getEvidence().isReadByOcr() || top.get(i).getEvidence().isReadByOcr());
            }
        }
        return null;
    }
}
