package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.ChineseDates;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Term;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Finds when a report was published: page metadata (vocabulary/publication-date-metadata.txt: {@code PubDate}, a
 * crawler's 发布时间) or a labelled date near the title (vocabulary/publication-date-label.txt: 发布时间/发布日期/
 * 公开日期/时间). Never the report's own words about when it "will be" published ("并于2013年3月31日之前在政府网站向社会
 * 公布"), never a 成文日期 (the date it was signed) or a 采集时间 (when a crawler saved it).
 */
final class PublicationDates {
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^(.{0,30}?)\\s*(" + ChineseDates.DATE + ")\\s*$");
    /** A signature glued after the last sentence, before an appendix or the line's end (one-line-per-page copies). */
    private static final Pattern GLUED_SIGNATURE = Pattern.compile(
            "[。！？!?]\\s*([^。，,；;：:]{2,30}?)\\s*(" + ChineseDates.DATE + ")\\s*(?=$|附件|附表)");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(".*[。，,；;].*");
    private static final int SEARCH_LINES = 15;

    private final Concept metadataNames;
    private final Concept labels;
    private final Pattern labelled;

    PublicationDates(Vocabulary v) {
        metadataNames = v.get(ConceptName.PUBLICATION_DATE_METADATA);
        labels = v.get(ConceptName.PUBLICATION_DATE_LABEL);
        labelled = Pattern.compile("(?<label>" + labels.asRegex() + ")\\s*[:：|]?\\s*\\|?\\s*(?<date>" + ChineseDates.DATE + ")");
    }

    /**
     * When the report was published. Precedence: a manifest row, the page's metadata (both only for a file holding one
     * report), a labelled date near the report's title, a labelled date in a crawler's header block.
     */
    Resolved<LocalDate> published(ReportText t) {
        return Resolved.first(
                () -> {
                    PageMetadata m = t.meta(Manifest.PUBLISHED_ON);
                    return m == null ? null : new Resolved<>(LocalDate.parse(m.value()), Provenance.of(Provenance.Origin.MANIFEST),
                            new Evidence(m.quote(), m.line()));
                },
                () -> t.wholeFile() ? fromMetadata(t.doc.metadata()) : null,
                () -> fromText(t, t.start, t.end),
                () -> t.wholeFile() && t.doc.bodyStart() > 0 ? fromText(t, 0, t.doc.bodyStart()) : null);
    }

    /** Page metadata first (meta tags, a crawler's header, template fields), in the order of the vocabulary file. */
    private Resolved<LocalDate> fromMetadata(List<PageMetadata> metadata) {
        for (Term name : metadataNames.getTerms()) {
            for (PageMetadata m : metadata) {
                if (!name.pattern().matcher(m.name().toLowerCase(Locale.ROOT)).matches()) continue;
                LocalDate d = ChineseDates.parse(m.value());
                if (d != null) return new Resolved<>(d, Provenance.of(Provenance.Origin.PAGE_METADATA, m.name()), new Evidence(m.quote(), m.line()));
            }
        }
        return null;
    }

    /** A labelled date in the first lines of {@code lines[from..to)} (the page's title block). */
    private Resolved<LocalDate> fromText(ReportText t, int from, int to) {
        List<String> lines = t.lines;
        for (int i = from; i < Math.min(to, from + SEARCH_LINES); i++) {
            String line = lines.get(i);
            if (!labels.mayMatch(line)) continue;
            Matcher m = labelled.matcher(line);
            while (m.find()) {
                LocalDate d = ChineseDates.parse(m.group("date"));
                if (d != null) {
                    return new Resolved<>(d, Provenance.of(Provenance.Origin.PAGE_TEXT, m.group("label")),
                            t.evidence(snippet(line, m.start(), m.end()), i + 1));
                }
            }
        }
        return unlabelled(lines, from, to);
    }

    /** A date with its time of day ("2020-03-31 17:13:25", "2013年03月29日 15时57分"): a page's time stamp. */
    private static final Pattern STAMP = Pattern.compile("(" + ChineseDates.DATE + ")\\s*\\d{1,2}\\s*[:：时]\\s*\\d{1,2}");
    /** A line that is a date and nothing else, bracketed or not, with or without its time. */
    private static final Pattern BARE = Pattern.compile("^[(（]?\\s*(" + ChineseDates.DATE + ")\\s*(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*[)）]?$");
    /** A date in brackets right after the title's last word ("…年度报告 ( 2017年11月14日 )"). */
    private static final Pattern BESIDE_TITLE = Pattern.compile("(?:报告|年报)\\s*[(（]\\s*(" + ChineseDates.DATE + ")\\s*[)）]");

    /**
     * A date the title block shows without a label: a page's time stamp, a line that is a date alone, or a date in
     * brackets beside the title. Only before the report's first heading: later dates are the text's own.
     */
    private static Resolved<LocalDate> unlabelled(List<String> lines, int from, int to) {
        for (int i = from; i < Math.min(to, from + SEARCH_LINES); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("一、") || line.startsWith("一.")) break;
            if (!AsciiClasses.hasDigit(line)) continue;
            for (Pattern p : new Pattern[] {STAMP, BARE, BESIDE_TITLE}) {
                Matcher m = p.matcher(line);
                if (!m.find()) continue;
                LocalDate d = ChineseDates.parse(m.group(1));
                if (d != null) {
                    String how = p == STAMP ? "(the page's time stamp)" : p == BARE ? "(a date alone under the title)" : "(a date beside the title)";
                    return new Resolved<>(d, Provenance.of(Provenance.Origin.PAGE_TEXT, how), new Evidence(snippet(line, m.start(), m.end()), i + 1));
                }
            }
        }
        return null;
    }

    /**
     * The date a report is signed with: a line at its end, after its last heading, that is a date, alone or after the
     * organ's name, or such a name and date glued after the last sentence of a line (a copy that runs each page into
     * one line). (A short page's header dates are not at its end.) {@code ocr} tells the lines read by OCR (1-based).
     */
    static Resolved<LocalDate> signature(List<String> lines, int from, int to, IntPredicate ocr) {
        for (int i = to - 1; i >= Math.max(from, to - 8); i--) {
            String line = lines.get(i).strip();
            Matcher m = SIGNATURE_DATE.matcher(line);
            if (m.matches() && !SENTENCE_PUNCTUATION.matcher(m.group(1)).matches()) {
                LocalDate d = ChineseDates.parse(m.group(2));
                if (d != null) return new Resolved<>(d, Provenance.of(Provenance.Origin.BODY, "(signature)"),
                        new Evidence(line, i + 1, null, ocr.test(i + 1)));
            }
            Matcher g = GLUED_SIGNATURE.matcher(line);
            if (g.find()) {
                LocalDate d = ChineseDates.parse(g.group(2));
                if (d != null) {
                    return new Resolved<>(d, Provenance.of(Provenance.Origin.BODY, "(signature)"),
                            new Evidence(snippet(line, g.start(1), g.end(2)), i + 1, null, ocr.test(i + 1)));
                }
            }
        }
        return null;
    }

    private static String snippet(String line, int start, int end) {
        int s = Math.max(0, start - 20);
        int e = Math.min(line.length(), end + 10);
        return line.substring(s, e).strip();
    }
}
