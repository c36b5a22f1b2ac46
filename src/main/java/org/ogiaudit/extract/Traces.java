package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.ChineseDates;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Part;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.SecondLook;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * The broad second look ({@link SecondLook}): for a part a rule finds absent, the sentences anywhere in the text that
 * could be it (the vocabulary's trace-*.txt words, outside the preamble's list of parts and outside the headings of other
 * parts), a whole-year date range near the opening for the statistics period, and the empty heading of a table's part
 * for a table that was a picture. Rules never FAIL an absence the look finds something for: they say UNCERTAIN and
 * quote it. The look for a part is taken only when a rule asks for it.
 */
final class Traces {
    /** Sentences kept per part: enough for a person to judge. */
    private static final int KEEP = 3;
    /** How far from the opening a period is looked for. */
    private static final int OPENING_SENTENCES = 12;
    private static final Pattern RANGE = Pattern.compile("(" + ChineseDates.DATE + ")[^。；;]{0,6}?(" + ChineseDates.DATE + "|"
            + ChineseDates.MONTH_DAY + ")");

    private final Map<Part, Concept> words = new EnumMap<>(Part.class);
    private final Concept listOfParts;

    Traces(Vocabulary v) {
        words.put(Part.OVERVIEW, v.get(ConceptName.TRACE_OVERVIEW));
        words.put(Part.ACTIVE, v.get(ConceptName.TRACE_ACTIVE));
        words.put(Part.REQUEST, v.get(ConceptName.TRACE_REQUEST));
        words.put(Part.FEES, v.get(ConceptName.TRACE_FEES));
        words.put(Part.REVIEW, v.get(ConceptName.TRACE_REVIEW));
        words.put(Part.PROBLEMS, v.get(ConceptName.TRACE_PROBLEMS));
        words.put(Part.OTHER, v.get(ConceptName.TRACE_OTHER));
        words.put(Part.ASSESSMENT, v.get(ConceptName.TRACE_ASSESSMENT));
        words.put(Part.INFO_PROCESSING_FEE, v.get(ConceptName.TRACE_INFO_PROCESSING_FEE));
        words.put(Part.PERIOD, v.get(ConceptName.TRACE_PERIOD));
        listOfParts = v.get(ConceptName.LIST_OF_PARTS);
    }

    /** The second look over one report, taken part by part when rules ask. */
    SecondLook over(List<Sentence> sentences, List<Section> sections, List<TableRead> tables, List<String> lines) {
        Map<Integer, List<Section>> headingsAt = new HashMap<>();
        for (Section sec : sections) {
            if (!sec.getKinds().isEmpty()) headingsAt.computeIfAbsent(sec.getLine(), k -> new ArrayList<>()).add(sec);
        }
        boolean[][] inList = new boolean[1][]; // the list of parts, marked on the first look
        return new SecondLook(part -> {
            if (part == Part.TABLE_2 || part == Part.TABLE_3 || part == Part.TABLE_4) return pictureTable(part, sections, tables, lines);
            Concept c = words.get(part);
            if (c == null) return List.of();
            if (inList[0] == null) inList[0] = PartsList.mark(sentences, listOfParts);
            return find(part, c, sentences, inList[0], headingsAt);
        });
    }

    /**
     * The sentences that could be {@code part}. The heading of a part read as another ("五、因政府信息公开申请行政复议…"
     * is the review part, though it says 公开申请) is no trace of this one: it is left out of the look.
     */
    private static List<Evidence> find(Part part, Concept c, List<Sentence> sentences, boolean[] inList,
                                       Map<Integer, List<Section>> headingsAt) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size() && out.size() < KEEP; i++) {
            if (inList[i]) continue; // the preamble names every part and reports on none
            if (part == Part.PERIOD && i >= OPENING_SENTENCES) break;
            Sentence s = sentences.get(i);
            String text = withoutOtherHeadings(s.text(), headingsAt.getOrDefault(s.line(), List.of()), part);
            if (c.in(text) || (part == Part.PERIOD && wholeYearRange(text))) {
                out.add(s.evidence(Mentions.clip(s.text())));
            }
        }
        return out;
    }

    private static String withoutOtherHeadings(String text, List<Section> here, Part part) {
        for (Section sec : here) {
            if (!isOf(sec, part)) text = text.replace(sec.getHeading(), "");
        }
        return text;
    }

    /** True when the section is a heading of the part (the parts that are sections share their kinds' names). */
    private static boolean isOf(Section s, Part part) {
        for (SectionKind k : s.getKinds()) if (k.name().equals(part.name())) return true;
        return false;
    }

    /** Longest body a heading can stand over and still be a table that stayed a picture. */
    private static final int EMPTY_PART = 30;

    /**
     * For a table the text lacks: the heading of its part when nothing but a few words without a figure stands under
     * it ("三、收到和处理政府信息公开申请情况" followed at once by 四、…, or by "详见下表"; not "本年度无"), the trace
     * of a table published as a picture that the saved text lost. A part that gives its figures in prose instead
     * ("全年收到申请30件") has no table, and shows it.
     */
    private static List<Evidence> pictureTable(Part part, List<Section> sections, List<TableRead> tables, List<String> lines) {
        for (TableRead t : tables) {
            if (!t.isAbsent() || Part.of(t.getTable()) != part) continue;
            SectionKind kind = switch (t.getTable()) {
                case T2 -> SectionKind.ACTIVE;
                case T3 -> SectionKind.REQUEST;
                case T4 -> SectionKind.REVIEW;
            };
            for (int k = 0; k < sections.size(); k++) {
                Section s = sections.get(k);
                if (s.getLevel() == 1 && s.is(kind) && mayHoldAPicture(s) && !figuresUnder(sections, k, lines)) {
                    return List.of(s.getEvidence());
                }
            }
        }
        return List.of();
    }

    /** Nothing under the heading, or a few words that are not "无" (a caption: "详见下表"). */
    private static boolean mayHoldAPicture(Section s) {
        return s.getBodyChars() == 0 || (!s.isEmptyBody() && s.getBodyChars() < EMPTY_PART);
    }

    /** True when the body of {@code sections[k]} (up to the next heading of its level) holds a digit. */
    private static boolean figuresUnder(List<Section> sections, int k, List<String> lines) {
        Section s = sections.get(k);
        int stop = lines.size();
        for (int j = k + 1; j < sections.size(); j++) {
            if (sections.get(j).getLevel() <= s.getLevel()) {
                stop = sections.get(j).getLine() - 1;
                break;
            }
        }
        String first = lines.get(s.getLine() - 1);
        int at = first.indexOf(s.getHeading());
        StringBuilder body = new StringBuilder(at >= 0 ? first.substring(at + s.getHeading().length()) : "");
        for (int i = s.getLine(); i < stop; i++) body.append(lines.get(i));
        return AsciiClasses.hasDigit(body);
    }

    /** A date range from 1 January to 31 December of one year ("2012年1月1日至12月31日"). */
    private static boolean wholeYearRange(String text) {
        if (text.indexOf('月') < 0 && text.indexOf('-') < 0) return false;
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            LocalDate from = ChineseDates.parse(m.group(1));
            if (from == null || from.getMonthValue() != 1 || from.getDayOfMonth() != 1) continue;
            String second = m.group(0).substring(m.group(1).length());
            LocalDate to = ChineseDates.parse(second);
            if (to == null) to = ChineseDates.parseMonthDay(second, from.getYear());
            if (to != null && to.getYear() == from.getYear() && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) return true;
        }
        return false;
    }
}
