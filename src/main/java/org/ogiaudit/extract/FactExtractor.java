package org.ogiaudit.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ogiaudit.model.Text;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.SectionKind;
import org.ogiaudit.model.StatedTotal;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.Table;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.model.Text;
import org.ogiaudit.model.YearClaim;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Turns a read document into the facts of each report it holds: the one entry point of extraction.
 *
 * <p>Every wording it decides by comes from the {@link Vocabulary} it is given (the rulebook's {@code vocabulary/}
 * folder), so that a rule author teaches it a new wording without a Java build. Each fact has one resolver stating its
 * precedence once ({@link OrganResolver}, {@link TitleResolver}, {@link YearResolver}, {@link PublicationDates}). Thread
 * safe: one extractor serves every thread of a batch.
 */
public final class FactExtractor {
    private final Titles titles;
    private final HeadingParser headingParser;
    private final SectionClassifier classifier;
    private final ReportSplitter splitter;
    private final Periods periods;
    private final Mentions mentions;
    private final Years years;
    private final PublicationDates dates;
    private final Breakdowns breakdowns;
    private final LegacyAppendix appendix;
    private final Concept emptyBody;
    private final ReportShape shape;
    private final Traces traces;
    private final TitleResolver titleResolver;
    private final OrganResolver organResolver;
    private final YearResolver yearResolver;

    public FactExtractor(Vocabulary vocabulary) {
        titles = new Titles(vocabulary);
        headingParser = new HeadingParser(vocabulary);
        classifier = new SectionClassifier(vocabulary);
        splitter = new ReportSplitter(titles, headingParser, classifier);
        periods = new Periods(vocabulary);
        mentions = new Mentions(vocabulary);
        years = new Years(vocabulary);
        dates = new PublicationDates(vocabulary);
        breakdowns = new Breakdowns(vocabulary);
        appendix = new LegacyAppendix(vocabulary.get(ConceptName.BREAKDOWN_RESIDUAL));
        emptyBody = vocabulary.get(ConceptName.SECTION_EMPTY_BODY);
        shape = new ReportShape(vocabulary.get(ConceptName.PAGE_END));
        traces = new Traces(vocabulary);
        Organs organs = new Organs(vocabulary);
        titleResolver = new TitleResolver(titles, organs);
        organResolver = new OrganResolver(organs, Divisions.load(), vocabulary);
        yearResolver = new YearResolver(years);
    }

    /** The facts of every report in {@code doc}, in document order. */
    public List<ReportFacts> extract(SourceDocument doc) {
        // the document's own lines hold its reports; attached spreadsheets lend them tables only
        ReportSplitter.Split split = splitter.split(doc.lines().subList(0, doc.textEnd()), doc.bodyStart());
        List<ReportFacts> out = new ArrayList<>();
        int n = split.reports().size();
        for (int k = 0; k < n; k++) {
            ReportSplitter.Part p = split.reports().get(k);
            List<Text> notes = new ArrayList<>(doc.notes());
            if (k == 0) {
                for (ReportSplitter.Part s : split.skipped()) {
                    notes.add(Text.of("第" + (s.start() + 1) + "—" + s.end() + "行被跳过：不像一份报告（报告的组成部分少于三个）",
                            "lines " + (s.start() + 1) + "-" + s.end() + " were skipped: they do not read as a report "
                            + "(fewer than three report sections)"));
                }
            }
            ReportText t = new ReportText(doc, p.start(), p.end(), k + 1, n, headings(doc.lines(), p.start(), p.end()));
            out.add(extract(t, notes));
        }
        return out;
    }

    private ReportFacts extract(ReportText t, List<Text> notes) {
        Report.Builder report = Report.builder().file(t.doc.file()).part(t.part, t.partCount).lines(t.start + 1, t.end);

        Resolved<String> title = titleResolver.resolve(t);
        String titleText = title == null ? null : title.value();
        Evidence titleEvidence = title == null ? null : title.evidence();
        report.title(titleText, titleEvidence);

        Resolved<String> agency = organResolver.agency(t, titleText);
        String agencyName = agency == null ? null : agency.value();
        if (agency == null) notes.add(Text.of("无法从标题或正文判断机关", "the organ could not be told from the title or the text"));
        report.agency(agencyName, agency == null ? null : agency.source());
        Resolved<OrganKind> kind = organResolver.kind(t, agencyName);
        report.organKind(kind.value(), kind.source());
        OrganResolver.Place place = organResolver.place(agencyName, kind.value());
        if (place != null) report.division(place.division(), place.divisionCode());
        Resolved<String> region = organResolver.region(t, agencyName, place);
        if (region != null) {
            report.region(region.value(), region.source());
            if (place != null && region.value().equals(place.region())) report.regionCode(place.regionCode());
        }
        PageMetadata url = t.manifest(Manifest.URL);
        if (url != null) report.url(url.value());

        StatisticsPeriod period = periods.find(t.sentences);
        List<YearClaim> claims = yearResolver.claims(t, titleText, titleEvidence, period);
        Resolved<Integer> year = yearResolver.resolve(t, claims);
        if (year != null) {
            report.reportYear(year.value(), year.source()).yearReadByOcr(restsOnOcr(year.value(), claims, t));
            if (year.source().origin() == org.ogiaudit.model.Provenance.Origin.BODY) {
                notes.add(Text.of("标题和统计期限都没有给出年度；" + year.value() + "年是正文中出现最多的年份",
                        "no title or period statement gives the year; " + year.value() + " is the year the text names most"));
            }
        } else {
            notes.add(Text.of("找不到报告年度：与年度有关的规则未予适用", "the report year could not be found: year-dependent rules were not applied"));
        }

        Resolved<LocalDate> published = dates.published(t);
        if (published != null) report.publishedOn(published.value(), published.source(), published.evidence());
        if (published == null && (t.doc.format() == DocumentFormat.PDF || t.doc.format() == DocumentFormat.OFD
                || t.doc.format().isWordProcessor() || t.doc.format().isSpreadsheet())) {
            notes.add(Text.of(t.doc.format().name() + " 文件本身不载明发布日期，文件的创建日期也不是发布日期；请在清单（manifest）中给出",
                    "a " + t.doc.format().name() + " file carries no publication date; the file's creation date is not one. Give it in a manifest"));
        }
        if (t.doc.ocrPages() > 0) {
            notes.add(Text.of(t.doc.ocrPages() + "页（张）页面或图片经 OCR 识别：其中的数字或日期可能识别有误；依据这些内容的问题请对照原件核实",
                    t.doc.ocrPages() + " page(s) or picture(s) were read by OCR: a figure or date read from them may be"
                    + " misread; check a finding that rests on one against the original"));
        }
        int lastHeading = t.headings.isEmpty() ? t.start : t.headings.get(t.headings.size() - 1).line() - 1;
        Resolved<LocalDate> signed = PublicationDates.signature(t.lines, Math.max(t.start, lastHeading), t.end, t::readByOcr);
        if (signed != null) report.signedOn(signed.value(), signed.evidence());

        List<Section> sections = sections(t);
        List<Evidence> outline = new ArrayList<>();
        for (Section s : sections) {
            if (s.getLevel() == 1 && !s.isInAppendix()) outline.add(s.getEvidence());
        }
        report.outline(outline);
        Heading first = t.headings.stream().filter(h -> h.level() <= 2).findFirst().orElse(null);
        boolean startsMid = titleEvidence == null && first != null && (first.level() == 2 || first.ordinal() > 1) && t.part == 1;
        report.startsMidReport(startsMid);
        // only the file's first report: a later one follows the report before it on the same page, nothing is lost
        boolean openingLost = titleEvidence == null && first != null && first.line() - 1 == firstNonEmpty(t) && t.part == 1;
        report.openingLost(openingLost);
        if (openingLost && !startsMid) {
            notes.add(Text.of("正文从第一个标题开始，没有标题和导语：开头部分可能缺失",
                    "the text begins at its first heading, without title or preamble: its opening may be lost"));
        }
        if (startsMid) notes.add(Text.of("正文从报告中间开始：之前的部分可能缺失", "the text starts in the middle of a report: parts before it may be lost"));
        report.opening(opening(t, titleEvidence));
        report.hasImages(t.body().stream().anyMatch(l -> l.contains(SourceDocument.IMAGE_LINE)));

        report.textReadByOcr(t.anyReadByOcr());
        TableReader.Result tables = withAttachedTables(TableReader.read(t.lines, t.start, t.end, t::readByOcr), t, notes);
        List<StatedTotal> stated = breakdowns.receivedRequests(t.sentences);
        List<org.ogiaudit.model.Breakdown> found = new ArrayList<>(breakdowns.find(t.lines, t.start, t.end, t::readByOcr));
        LegacyAppendix.Result legacy = appendix.read(t.lines, t.start, t.end, t::readByOcr);
        int reached = ReportShape.reached(sections);
        // the 2007-era statistics appendix stands after the report's last part, headed or not
        boolean hasAppendix = sections.stream().anyMatch(Section::isInAppendix) || !legacy.groups().isEmpty();
        report.reached(reached).outlineGap(ReportShape.outlineGap(sections))
                .endsMidReport(shape.endsMidReport(t, reached, signed != null, hasAppendix, openingLost || startsMid),
                        ReportShape.lastLine(t));
        found.addAll(legacy.groups());
        return ReportFacts.builder(report.build())
                .sections(sections)
                .statisticsPeriod(period)
                .mentions(mentions.find(t.bodySentences))
                .yearClaims(claims)
                .notes(notes)
                .tables(tables.tables(), confirmedByText(tables.cells(), stated))
                .breakdowns(found)
                .conflicts(legacy.conflicts())
                .statedTotals(stated)
                .secondLook(traces.over(t.sentences, sections, tables.tables(), t.lines))
                .build();
    }


    /** The index of the report's first line that holds something. */
    private static int firstNonEmpty(ReportText t) {
        for (int i = t.start; i < t.end; i++) if (!t.lines.get(i).isBlank()) return i;
        return t.start;
    }

    /**
     * The tables a report's text lacks, read from the spreadsheets attached to it (a file holding one report): a table
     * 二, 三 or 四 that is absent from the text and present in a spreadsheet is taken with its cells, which quote the
     * spreadsheet's lines.
     */
    private static TableReader.Result withAttachedTables(TableReader.Result own, ReportText t, List<Text> notes) {
        if (t.doc.attached().isEmpty() || t.partCount > 1) return own;
        List<TableRead> reads = new ArrayList<>(own.tables());
        List<TableCell> cells = new ArrayList<>(own.cells());
        for (SourceDocument.Attachment a : t.doc.attached()) {
            if (reads.stream().noneMatch(TableRead::isAbsent)) {
                notes.add(Text.of("与本报告关联的电子表格 " + a.file() + " 未被使用：正文已有表二、表三和表四",
                        "the spreadsheet " + a.file() + " tied to this report was not needed: its text has tables 二, 三 and 四"));
                continue;
            }
            TableReader.Result sheet = TableReader.read(t.lines, a.from(), a.to(), t::readByOcr);
            boolean used = false;
            for (int k = 0; k < reads.size(); k++) {
                Table table = reads.get(k).getTable();
                TableRead there = sheet.tables().stream().filter(x -> x.getTable() == table).findFirst().orElseThrow();
                if (!reads.get(k).isAbsent() || there.isAbsent()) continue;
                // the note may be quoted by a finding (OGI-TOTAL-UNREADABLE): it is said in both languages
                reads.set(k, new TableRead(table, there.getState(), Text.of("读自电子表格 " + a.file()
                        + (there.getNote() == null ? "" : "；" + there.getNote().zh()), "read from the spreadsheet " + a.file()
                        + (there.getNote() == null ? "" : "; " + there.getNote().en())), there.getEvidence()));
                for (TableCell c : sheet.cells()) if (c.getTable() == table) cells.add(c);
                notes.add(Text.of(there.getName() + "读自与本报告关联的电子表格 " + a.file() + "：正文中没有该表",
                        there.getName() + " was read from the spreadsheet " + a.file() + ", tied to this report: its text lacks it"));
                used = true;
            }
            if (!used) {
                notes.add(Text.of("与本报告关联的电子表格 " + a.file() + " 中没有正文所缺的表格",
                        "the spreadsheet " + a.file() + " tied to this report holds none of the tables its text lacks"));
            }
        }
        return new TableReader.Result(cells, reads);
    }

    /**
     * True when the report year rests on text read by OCR alone: no typed text names it, and fewer than two places read
     * by OCR (title, period, the body naming the report) name it; a year the body names most, when the report's text was
     * read by OCR.
     */
    private static boolean restsOnOcr(int year, List<YearClaim> claims, ReportText t) {
        List<YearClaim> naming = claims.stream().filter(c -> c.getYear() == year).toList();
        if (naming.isEmpty()) return t.anyReadByOcr();
        if (naming.stream().anyMatch(c -> !c.isReadByOcr())) return false;
        return naming.size() < 2; // two readings of the same four digits do not err alike
    }

    /**
     * The cells, each one read by OCR whose figure typed prose states for the same quantity confirmed by it: the
     * requests received (本年新收 总计) that a sentence not read by OCR and about the whole organ gives.
     */
    private static List<TableCell> confirmedByText(List<TableCell> cells, List<StatedTotal> stated) {
        if (cells.stream().noneMatch(TableCell::isReadByOcr)) return cells;
        List<TableCell> out = new ArrayList<>(cells.size());
        for (TableCell c : cells) {
            StatedTotal same = !c.isReadByOcr() || !c.isKnown() || c.getRow() != TableRow.T3_NEW || c.getColumn() != TableColumn.TOTAL
                    ? null : stated.stream().filter(s -> !s.isReadByOcr() && !s.isScoped() && s.getValue().compareTo(c.getValue()) == 0)
                    .findFirst().orElse(null);
            out.add(same == null ? c : c.confirmedBy(same.getEvidence()));
        }
        return out;
    }

    /** The report's headings; where it has no 一、 headings, its 1、 headings when they name report sections. */
    private List<Heading> headings(List<String> lines, int start, int end) {
        List<Heading> found = headingParser.parse(lines, start, end);
        if (found.stream().anyMatch(h -> h.level() == 1)) return found;
        List<Heading> arabic = headingParser.parseArabic(lines, start, end);
        long canonical = arabic.stream().filter(h -> !classifier.classify(h.text()).isEmpty()).count();
        if (canonical < 3) return found;
        java.util.Set<Integer> arabicLines = new java.util.HashSet<>();
        for (Heading h : arabic) arabicLines.add(h.line());
        List<Heading> merged = new ArrayList<>();
        for (Heading h : found) if (!arabicLines.contains(h.line())) merged.add(h); // read as top level instead
        merged.addAll(arabic);
        merged.sort(Comparator.comparingInt(Heading::line));
        return merged;
    }

    private List<Section> sections(ReportText t) {
        List<String> lines = t.lines;
        List<Heading> headings = t.headings;
        List<Section> out = new ArrayList<>();
        boolean inAppendix = false;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.level() == 1 && classifier.isAppendix(h.text())) inAppendix = true;
            int stop = t.end;
            for (int j = k + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    stop = headings.get(j).line() - 1;
                    break;
                }
            }
            String first = h.full();
            int textAt = first.indexOf(h.text());
            String rest = textAt >= 0 ? first.substring(textAt + h.text().length()) : "";
            int words = countWords(rest, BODY_COUNT_CAP + 1);
            for (int i = h.line(); i < stop && words <= BODY_COUNT_CAP; i++) words += countWords(lines.get(i), BODY_COUNT_CAP + 1 - words);
            // only a body of a few words can be "无" / "本年度无此情况": build the text only then
            boolean empty = words <= EMPTY_BODY_MAX && emptyBody.matchesWhole(words(rest, lines, h.line(), stop));
            Set<SectionKind> kinds = classifier.classify(h.text());
            String quote = h.full().length() > 80 ? h.full().substring(0, 77) + "…" : h.full();
            out.add(new Section(kinds, h.text(), h.level(), h.ordinal(), h.line(), words, empty, inAppendix,
                    t.evidence(quote, h.line())));
        }
        return out;
    }

    /** Where counting a section's body stops: the count tells whether a heading stands over anything, not its size. */
    private static final int BODY_COUNT_CAP = 200;

    /** Longest body a "无" statement can be. */
    private static final int EMPTY_BODY_MAX = 24;

    /** Characters that count towards a section's size: not white space, not punctuation. */
    private static int countWords(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n < limit; i++) {
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
        if (c >= '\u4e00' && c <= '\u9fff') return false; // most of a report: CJK ideographs
        if (c < 128) return org.ogiaudit.ingest.AsciiClasses.isSpace(c) || (c > ' ' && c < '0') || (c > '9' && c < 'A')
                || (c > 'Z' && c < 'a') || (c > 'z' && c < 127);
        return switch (c) {
            case '，', '。', '、', '；', '：', '！', '？', '“', '”', '（', '）', '《', '》', '—', '…', '·' -> true;
            default -> false;
        };
    }

    /** The first line of the report body (20 Chinese characters or more): where the period is customarily stated. */
    private static Evidence opening(ReportText t, Evidence title) {
        for (int i = t.start; i < t.end; i++) {
            if (title != null && i + 1 <= title.getLine()) continue;
            String l = t.lines.get(i);
            if (HeadingParser.countHan(l) >= 20) return t.evidence(Mentions.clip(l), i + 1);
        }
        return null;
    }
}
