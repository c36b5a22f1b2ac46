package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Mention;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.YearClaim;

/** Turns a read document into the facts of each report it holds. */
public final class FactExtractor {
    private static final int TITLE_SEARCH = 12;
    private static final Pattern EMPTY_BODY = Pattern.compile("^((本年度)?(无|暂无|没有)(此|相关)?(其他|其它)?(需要)?(报告|说明)?的?(事项|情况)?)?$");

    /** The facts of every report in {@code doc}, in document order. */
    public List<ReportFacts> extract(SourceDocument doc) {
        return extract(doc, null);
    }

    /**
     * As {@link #extract(SourceDocument)}, with what a crawler's manifest knew about the file: its values win, and
     * the facts say they came from the manifest. A publication date applies only to a file holding one report.
     */
    public List<ReportFacts> extract(SourceDocument doc, org.ogiaudit.engine.Manifest.Entry manifest) {
        List<String> lines = doc.lines();
        ReportSplitter.Split split = ReportSplitter.split(lines, doc.bodyStart());
        List<ReportFacts> out = new ArrayList<>();
        int n = split.reports().size();
        for (int k = 0; k < n; k++) {
            ReportSplitter.Part p = split.reports().get(k);
            List<String> notes = new ArrayList<>(doc.notes());
            if (k == 0) {
                for (ReportSplitter.Part s : split.skipped()) {
                    notes.add("lines " + (s.start() + 1) + "-" + s.end() + " were skipped: they do not read as a report "
                            + "(fewer than three report sections)");
                }
            }
            out.add(extractPart(doc, p.start(), p.end(), k + 1, n, notes, manifest));
        }
        return out;
    }

    private ReportFacts extractPart(SourceDocument doc, int start, int end, int part, int partCount, List<String> notes,
                                    org.ogiaudit.engine.Manifest.Entry manifest) {
        List<String> lines = doc.lines();
        boolean wholeFile = partCount == 1;
        Report.Builder report = Report.builder().file(doc.file()).part(part, partCount).lines(start + 1, end);
        List<Heading> headings = headings(lines, start, end);
        List<Sentence> sentences = Sentence.split(lines, start, end);
        List<Sentence> bodySentences = Sentence.split(withoutHeadings(lines, headings), start, end);

        // title
        Evidence titleEvidence = findTitle(lines, start, end);
        String title = titleEvidence == null ? null : titleEvidence.getQuote();
        if (title == null && wholeFile) {
            PageMetadata m = metaTitle(doc);
            if (m != null) {
                String clean = Titles.cleanPageTitle(m.value());
                String inClean = Titles.titleAtStart(clean);
                title = inClean != null ? inClean : clean;
                titleEvidence = new Evidence(m.quote(), m.line());
            }
        }
        report.title(title, titleEvidence);

        // organ
        String agency = null;
        String agencySource = null;
        String raw = manifest != null && manifest.agency() != null || title == null ? null : Organs.fromTitle(title);
        if (manifest != null && manifest.agency() != null) {
            agency = manifest.agency();
            agencySource = "manifest";
        } else if (raw != null) {
            String full = Organs.qualify(raw, lines.subList(start, end));
            agency = Organs.canonical(full);
            agencySource = "title" + (full.equals(raw) ? "" : " (" + raw + " completed from the body)")
                    + (agency.equals(full) ? "" : " (" + full + " is reported for by its " + agency.substring(full.length()) + ")");
        }
        if (agency == null && wholeFile && doc.meta("发布机构") != null) {
            agency = Organs.canonical(doc.meta("发布机构").value());
            agencySource = "page metadata 发布机构";
        }
        if (agency == null) {
            Organs.Named named = Organs.fromBody(lines.subList(start, end));
            if (named != null) {
                agency = named.name();
                agencySource = named.source();
            }
        }
        if (agency == null) notes.add("the organ could not be told from the title or the text");
        report.agency(agency, agencySource).organKind(Organs.kind(agency), "organ name");
        if (manifest != null && manifest.organKind() != null) report.organKind(manifest.organKind(), "manifest");
        if (manifest != null && manifest.region() != null) {
            report.region(manifest.region(), "manifest");
        } else {
            String region = Organs.region(agency);
            if (region != null) report.region(region, "organ name");
        }
        if (manifest != null) report.url(manifest.url());

        // period and year
        StatisticsPeriod period = Periods.find(sentences);
        List<YearClaim> claims = new ArrayList<>();
        Integer titleYear = title == null ? null : Titles.year(title);
        if (titleYear != null) claims.add(new YearClaim(titleYear, YearClaim.Source.TITLE, titleEvidence));
        if (period != null && period.isComplete()) {
            claims.add(new YearClaim(period.getFrom().getYear(), YearClaim.Source.PERIOD, period.getEvidence()));
        }
        claims.addAll(Years.selfReferences(sentences, titleEvidence == null ? -1 : titleEvidence.getLine()));
        if (titleYear != null) {
            report.reportYear(titleYear, "title");
        } else if (period != null && period.isComplete()) {
            report.reportYear(period.getFrom().getYear(), "statistics period");
        } else if (claims.stream().anyMatch(c -> c.getSource() == YearClaim.Source.SELF_REFERENCE)) {
            report.reportYear(mostCommon(claims), "the body naming the report");
        } else {
            Integer dominant = Years.dominant(lines, start, end);
            if (dominant != null) {
                report.reportYear(dominant, "body (the year it names most)");
                notes.add("no title or period statement gives the year; " + dominant + " is the year the text names most");
            } else {
                notes.add("the report year could not be found: year-dependent rules were not applied");
            }
        }

        // publication and signature dates
        PublicationDates.Found published = PublicationDates.fromText(lines, start, end);
        if (wholeFile) {
            PublicationDates.Found meta = PublicationDates.fromMetadata(doc.metadata());
            if (meta != null) published = meta;
            if (published == null && doc.bodyStart() > 0) published = PublicationDates.fromText(lines, 0, doc.bodyStart());
        }
        if (manifest != null && manifest.publishedOn() != null && wholeFile) {
            published = new PublicationDates.Found(manifest.publishedOn(), "manifest",
                    new Evidence("manifest published_on: " + manifest.publishedOnText(), 0));
        }
        if (published != null) report.publishedOn(published.date(), published.source(), published.evidence());
        if (published == null && doc.format() == DocumentFormat.PDF) {
            notes.add("a PDF carries no publication date; the file's creation date is not one. Give it in a manifest");
        }
        PublicationDates.Found signed = PublicationDates.signature(lines, start, end);
        if (signed != null) report.signedOn(signed.date(), signed.evidence());

        // sections
        List<Section> sections = buildSections(lines, headings, end);
        List<Evidence> outline = new ArrayList<>();
        for (Section s : sections) {
            if (s.getLevel() == 1 && !s.isInAppendix()) outline.add(s.getEvidence());
        }
        report.outline(outline);
        boolean startsMid = titleEvidence == null && !headings.isEmpty()
                && (headings.get(0).level() == 2 || headings.get(0).ordinal() > 1);
        report.startsMidReport(startsMid && part == 1);
        if (startsMid && part == 1) notes.add("the text starts in the middle of a report: parts before it may be lost");
        report.opening(opening(lines, start, end, titleEvidence));
        report.hasImages(lines.subList(start, end).stream().anyMatch(l -> l.contains(SourceDocument.IMAGE_LINE)));

        List<Mention> mentions = Mentions.find(bodySentences);
        TableReader.Result tables = TableReader.read(lines, start, end);
        List<Object> totals = new ArrayList<>(Breakdowns.find(lines, start, end));
        totals.addAll(Breakdowns.receivedRequests(sentences));
        LegacyAppendix.Result appendix = LegacyAppendix.read(lines, start, end);
        totals.addAll(appendix.groups());
        totals.addAll(appendix.conflicts());
        return new ReportFacts(report.build(), sections, period, mentions, claims, notes, tables.cells(), tables.tables(), totals);
    }

    /** The report's headings; where it has no 一、 headings, its 1、 headings when they name report sections. */
    private static List<Heading> headings(List<String> lines, int start, int end) {
        List<Heading> headings = HeadingParser.parse(lines, start, end);
        if (headings.stream().anyMatch(h -> h.level() == 1)) return headings;
        List<Heading> arabic = HeadingParser.parseArabic(lines, start, end);
        long canonical = arabic.stream().filter(h -> !SectionClassifier.classify(h.text()).isEmpty()).count();
        if (canonical < 3) return headings;
        List<Heading> merged = new ArrayList<>(headings);
        merged.addAll(arabic);
        merged.sort(java.util.Comparator.comparingInt(Heading::line));
        return merged;
    }

    /** The lines with each heading's marker and words blanked out, keeping what follows on a run-on line. */
    private static List<String> withoutHeadings(List<String> lines, List<Heading> headings) {
        List<String> out = new ArrayList<>(lines);
        for (Heading h : headings) {
            String line = out.get(h.line() - 1);
            int at = line.indexOf(h.text());
            out.set(h.line() - 1, at < 0 ? "" : line.substring(at + h.text().length()).replaceFirst("^[:：\\s]+", ""));
        }
        return out;
    }

    private static Evidence findTitle(List<String> lines, int start, int end) {
        for (int i = start; i < Math.min(end, start + TITLE_SEARCH); i++) {
            String t = Titles.titleAtStart(lines.get(i));
            if (t != null) return new Evidence(t, i + 1);
            // a title set on two lines: the organ, then the year and "政府信息公开工作年度报告" (common in PDFs)
            if (i + 1 < end && lines.get(i).length() <= 25 && !AsciiClasses.hasDigit(lines.get(i))
                    && Organs.kind(lines.get(i).strip()) != org.ogiaudit.model.OrganKind.UNKNOWN) {
                String joined = Titles.titleAtStart(lines.get(i).strip() + lines.get(i + 1).strip());
                if (joined != null && joined.length() > lines.get(i).strip().length()) return new Evidence(joined, i + 1);
            }
        }
        return null;
    }

    private static PageMetadata metaTitle(SourceDocument doc) {
        for (String name : List.of("标题", "ArticleTitle", "名称", "html:title", "pdf:Title")) {
            PageMetadata m = doc.meta(name);
            if (m != null && Titles.year(m.value()) != null) return m;
        }
        return null;
    }

    private static int mostCommon(List<YearClaim> claims) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (YearClaim c : claims) counts.merge(c.getYear(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    private static List<Section> buildSections(List<String> lines, List<Heading> headings, int end) {
        List<Section> out = new ArrayList<>();
        // the words each line contributes, counted once: a section's size is a sum over its lines
        int[] wordsBefore = new int[end + 1];
        for (int i = 0; i < end; i++) wordsBefore[i + 1] = wordsBefore[i] + countWords(lines.get(i));
        boolean inAppendix = false;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.level() == 1 && SectionClassifier.isAppendix(h.text())) inAppendix = true;
            int stop = end;
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    stop = headings.get(j).line() - 1;
                    break;
                }
            }
            String first = h.full();
            int textAt = first.indexOf(h.text());
            String rest = textAt >= 0 ? first.substring(textAt + h.text().length()) : "";
            int words = countWords(rest) + (stop > h.line() ? wordsBefore[stop] - wordsBefore[h.line()] : 0);
            // only a body of a few words can be "无" / "本年度无此情况": build the text only then
            boolean empty = words <= EMPTY_BODY_MAX && EMPTY_BODY.matcher(words(rest, lines, h.line(), stop)).matches();
            Set<SectionKind> kinds = SectionClassifier.classify(h.text());
            String quote = h.full().length() > 80 ? h.full().substring(0, 77) + "…" : h.full();
            out.add(new Section(kinds, h.text(), h.level(), h.ordinal(), h.line(), words, empty, inAppendix,
                    new Evidence(quote, h.line())));
        }
        return out;
    }

    /** Longest text {@link #EMPTY_BODY} can match. */
    private static final int EMPTY_BODY_MAX = 24;

    /** Characters that count towards a section's size: not white space, not punctuation. */
    private static int countWords(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpaceOrPunct(s.charAt(i))) n++;
        }
        return n;
    }

    private static String words(String rest, List<String> lines, int from, int stop) {
        StringBuilder sb = new StringBuilder();
        appendWords(sb, rest);
        for (int i = from; i < stop; i++) appendWords(sb, lines.get(i));
        return sb.toString();
    }

    private static void appendWords(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpaceOrPunct(c)) sb.append(c);
        }
    }

    private static boolean isSpaceOrPunct(char c) {
        if (c < 128) return AsciiClasses.isSpace(c) || (c > ' ' && c < '0') || (c > '9' && c < 'A')
                || (c > 'Z' && c < 'a') || (c > 'z' && c < 127);
        return "，。、；：！？“”（）《》—…·".indexOf(c) >= 0;
    }

    private static Evidence opening(List<String> lines, int start, int end, Evidence title) {
        for (int i = start; i < end; i++) {
            if (title != null && i + 1 <= title.getLine()) continue;
            String l = lines.get(i);
            if (HeadingParser.countHan(l) >= 20) return new Evidence(Mentions.clip(l), i + 1);
        }
        return null;
    }
}
