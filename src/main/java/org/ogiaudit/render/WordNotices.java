package org.ogiaudit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Score;
import org.ogiaudit.model.Status;
import org.ogiaudit.score.Scorer;

/**
 * One Word document per report with findings: a draft 审核意见 / 整改通知 an office edits and sends. The layout follows
 * the usual official one (GB/T 9704): A4 with its margins, a centred title, the organ addressed, then items numbered
 * 一、二、… each with the problem, its basis and the kind of basis, the quoted line and 整改建议; the items that deduct
 * nothing and those to be checked apart; the score under the run's profile; blanks for the deadline, the issuing office
 * and the date; and a closing note naming the tool and the rulebook. Documents are written as reports are checked, into
 * the folder {@link SiteFolder} builds beside its final place.
 */
public final class WordNotices implements Renderer {
    /** 三号 (16 pt), the size of an official document's body; titles are 二号 (22 pt). */
    private static final int BODY_PT = 16;
    private static final int TITLE_PT = 22;
    /** Fixed line spacing of the body: 22 lines to an A4 page in the standard layout. */
    private static final double LINE_PT = 28.5;

    private final Path dir;
    private final Words words;
    private final Set<String> names = new HashSet<>();
    /**
     * What a notice is made of, per checked report ("file#part"), until the cross-report phase has spoken: the report's
     * facts about itself, its score and its findings (a few kilobytes a report; the text and the other facts are not kept).
     */
    private final Map<String, Kept> kept = new HashMap<>();
    private final Map<String, List<Finding>> cross = new LinkedHashMap<>();
    private RunInfo run;

    private record Kept(Report report, String file, Score score, List<Finding> findings, String fileName) { }

    public WordNotices(Path dir, Lang lang) {
        this.dir = dir;
        this.words = new Words(lang);
    }

    /** The folder exists already: {@link SiteFolder} made it to build the output in. */
    @Override public void begin(RunInfo run) {
        this.run = run;
    }

    @Override public void report(AuditResult r) throws IOException {
        if (r.facts() == null || r.score() == null) return;
        List<Finding> shown = r.findings().stream().filter(f -> !f.isAccepted()).toList();
        Report rep = r.facts().getReport();
        String name = shown.isEmpty() ? null : fileName(rep, r.file());
        kept.put(r.file() + "#" + r.part(), new Kept(rep, r.file(), r.score(), shown, name));
        if (name != null) write(name, rep, r.score(), shown);
    }

    /** A cross-report finding belongs in its report's notice: gathered here, the notices they change rewritten at the end. */
    @Override public void cross(CrossFinding cf) {
        if (cf.report().isStored() || cf.finding().isAccepted()) return;
        cross.computeIfAbsent(cf.report().getKey(), k -> new ArrayList<>()).add(cf.finding());
    }

    @Override public void end(Tally tally) throws IOException {
        for (var e : cross.entrySet()) {
            Kept k = kept.get(e.getKey());
            if (k == null) continue;
            List<Finding> all = new ArrayList<>(k.findings());
            all.addAll(e.getValue());
            // scored as the ranking scores it: its own findings and its cross-report ones together
            write(k.fileName() != null ? k.fileName() : fileName(k.report(), k.file()), k.report(), new Scorer().score(all), all);
        }
    }

    private void write(String name, Report rep, Score score, List<Finding> findings) throws IOException {
        try (XWPFDocument doc = notice(rep, score, findings); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            doc.write(out);
        }
    }

    private XWPFDocument notice(Report rep, Score score, List<Finding> findings) {
        boolean zh = words.lang() == Lang.ZH;
        String organ = rep.getAgency() == null ? words.get("organ.unknown") : rep.getAgency();
        String year = rep.getReportYear() == null ? words.get("year.unknown") : words.get("docx.year", rep.getReportYear());
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        pageNumbers(doc);

        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingAfter(0);
        run(title, words.get("docx.title", organ, year), zh ? "方正小标宋简体" : "Times New Roman", TITLE_PT, true);
        XWPFParagraph draft = doc.createParagraph();
        draft.setAlignment(ParagraphAlignment.CENTER);
        run(draft, words.get("docx.draft"), zh ? "楷体_GB2312" : "Times New Roman", BODY_PT, false);
        body(doc, false).createRun();
        run(body(doc, false), words.get("docx.to", organ), bodyFont(), BODY_PT, false);

        String name = rep.getTitle() != null && !rep.getTitle().isBlank() ? rep.getTitle() : words.get("docx.reportName", year);
        List<Finding> deducting = findings.stream().filter(f -> f.getStatus() == Status.FAIL && !f.isAdvisory()).toList();
        List<Finding> advisory = findings.stream().filter(Finding::isAdvisory).toList();
        List<Finding> uncertain = findings.stream().filter(f -> f.getStatus() == Status.UNCERTAIN).toList();
        String opening = deducting.isEmpty() && advisory.isEmpty() ? words.get("docx.opening.none", name)
                : rep.getPublishedOn() != null ? words.get("docx.opening.published", words.date(rep.getPublishedOn()), name)
                : words.get("docx.opening", name);
        run(body(doc, true), opening, bodyFont(), BODY_PT, false);

        int n = 0;
        for (Finding f : deducting) item(doc, ++n, f);
        if (!advisory.isEmpty()) {
            run(body(doc, true), words.get("docx.advisoryHeading"), bodyFont(), BODY_PT, false);
            for (Finding f : advisory) item(doc, ++n, f);
        }
        if (!uncertain.isEmpty()) {
            run(body(doc, true), words.get("docx.uncertainHeading"), bodyFont(), BODY_PT, false);
            int k = 0;
            for (Finding f : uncertain) {
                XWPFParagraph p = body(doc, true);
                run(p, (zh ? "（" + numeral(++k) + "）" : "(" + (++k) + ") ") + words.text(f.getTitle()) + (zh ? "。" : ". "),
                        zh ? "楷体_GB2312" : "Times New Roman", BODY_PT, false);
                run(p, words.text(f.getMessage()) + (f.getEvidence().isEmpty() ? "" : (zh ? "（" : " (") + words.get("docx.quote")
                        + quote(f.getEvidence().get(0)) + (zh ? "）" : ")")) + (zh ? "。" : "."), bodyFont(), BODY_PT, false);
            }
        }
        var by = score.byCategory();
        run(body(doc, true), words.get("docx.score", words.profileShort(run.profile()), score.value(),
                by.getOrDefault(Category.COMPLETENESS, 0), by.getOrDefault(Category.TIMELINESS, 0),
                by.getOrDefault(Category.CONSISTENCY, 0), by.getOrDefault(Category.FORMAT, 0)), bodyFont(), BODY_PT, false);
        // the closing, the issuing office and the date stand together on the last page
        XWPFParagraph closing = body(doc, true);
        closing.setKeepNext(true);
        run(closing, words.get("docx.closing"), bodyFont(), BODY_PT, false);
        XWPFParagraph gap = body(doc, false);
        gap.setKeepNext(true);
        gap.createRun();
        XWPFParagraph signature = body(doc, false);
        signature.setKeepNext(true);
        signature.setAlignment(ParagraphAlignment.RIGHT);
        signature.setIndentationRight(4 * BODY_PT * 20);
        run(signature, words.get("docx.signature"), bodyFont(), BODY_PT, false);
        XWPFParagraph date = body(doc, false);
        date.setAlignment(ParagraphAlignment.RIGHT);
        date.setIndentationRight(4 * BODY_PT * 20);
        run(date, words.get("docx.date"), bodyFont(), BODY_PT, false);
        body(doc, false).createRun();
        XWPFParagraph note = doc.createParagraph();
        run(note, words.get("docx.generated", run.version(), run.rulebookSource(), run.rulebookSha256().substring(0, 16),
                words.profileShort(run.profile())), zh ? "楷体_GB2312" : "Times New Roman", 10, false);
        return doc;
    }

    /** One numbered item: its heading, then the problem, its basis, the quoted line and 整改建议. */
    private void item(XWPFDocument doc, int n, Finding f) {
        boolean zh = words.lang() == Lang.ZH;
        XWPFParagraph heading = body(doc, true);
        heading.setKeepNext(true);
        run(heading, (zh ? numeral(n) + "、" : n + ". ") + words.text(f.getTitle())
                + (f.getDeducted() > 0 ? (zh ? "（扣" + f.getDeducted() + "分）" : " (−" + f.getDeducted() + ")") : ""),
                zh ? "黑体" : "Times New Roman", BODY_PT, !zh);
        labelled(doc, words.get("docx.problem"), words.text(f.getMessage()) + (zh ? "。" : "."), true);
        labelled(doc, words.get("docx.basis", words.label(f.getBasisKind())), words.text(f.getBasis()) + (zh ? "。" : "."), true);
        if (!f.getEvidence().isEmpty()) {
            StringBuilder q = new StringBuilder();
            int shown = 0;
            for (Evidence e : f.getEvidence()) {
                if (shown++ == 3) break;
                if (q.length() > 0) q.append(zh ? "；" : "; ");
                q.append(quote(e));
            }
            if (f.getEvidence().size() > 3) q.append(zh ? "等" + f.getEvidence().size() + "处" : " and " + (f.getEvidence().size() - 3) + " more");
            labelled(doc, words.get("docx.quote"), q.toString(), true);
        }
        if (!f.getAdvice().isEmpty()) labelled(doc, words.get("docx.advice"), words.text(f.getAdvice()), false);
    }

    private String quote(Evidence e) {
        String q = e.getQuote().length() > 40 ? e.getQuote().substring(0, 40) + "…" : e.getQuote();
        if (e.getCell() != null) q = e.getCell();
        return (e.getLine() > 0 ? words.get("docx.quote.line", e.getLine(), q) : words.get("docx.quote.metadata", q))
                + words.ocr(e).strip(); // 〔OCR〕: the notice's reader knows a figure read from a picture may be misread
    }

    /** A body paragraph beginning with a label in 楷体 (or bold in English), the text after it in the body font. */
    private void labelled(XWPFDocument doc, String label, String text, boolean keepNext) {
        boolean zh = words.lang() == Lang.ZH;
        XWPFParagraph p = body(doc, true);
        p.setKeepNext(keepNext);
        run(p, label, zh ? "楷体_GB2312" : "Times New Roman", BODY_PT, !zh);
        run(p, text, bodyFont(), BODY_PT, false);
    }

    private String bodyFont() {
        return words.lang() == Lang.ZH ? "仿宋_GB2312" : "Times New Roman";
    }

    /** A body paragraph: fixed line spacing, and a first-line indent of two characters when {@code indent}. */
    private static XWPFParagraph body(XWPFDocument doc, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBetween(LINE_PT, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (indent) p.setIndentationFirstLine(2 * BODY_PT * 20);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontSize(points);
        r.setBold(bold);
        r.setText(text);
        return r;
    }

    /** A4 with the margins of an official document: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(37)));
        mar.setBottom(BigInteger.valueOf(mm(35)));
        mar.setLeft(BigInteger.valueOf(mm(28)));
        mar.setRight(BigInteger.valueOf(mm(26)));
    }

    /** "— 1 —" at the foot of every page, as a PAGE field. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = new XWPFHeaderFooterPolicy(doc).createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "Times New Roman", 14, false);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", "Times New Roman", 14, false);
    }

    private static long mm(double millimetres) {
        return Math.round(millimetres / 25.4 * 1440);
    }

    /** 一 … 九十九: the numbering of an official document's items. */
    static String numeral(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) return digits[n];
        if (n < 20) return "十" + digits[n % 10];
        if (n < 100) return digits[n / 10] + "十" + digits[n % 10];
        return String.valueOf(n);
    }

    /** "淮安市人民政府2024年度报告审核意见.docx", unique in the folder; characters a file system refuses are replaced. */
    private String fileName(Report rep, String file) {
        String organ = rep.getAgency() != null ? rep.getAgency() : Path.of(file).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String year = rep.getReportYear() == null ? words.get("year.unknown") : String.valueOf(rep.getReportYear());
        String base = words.get("docx.file", organ, year).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String name = base + ".docx";
        for (int k = 2; !names.add(name); k++) name = base + (words.lang() == Lang.ZH ? "（" + k + "）" : " (" + k + ")") + ".docx";
        return name;
    }
}
