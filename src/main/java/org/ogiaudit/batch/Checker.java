package org.ogiaudit.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.model.Text;
import org.ogiaudit.extract.FactExtractor;
import org.ogiaudit.extract.Fingerprinter;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.IngestException;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.ReportDigest;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.rules.AuditException;
import org.ogiaudit.rules.Auditor;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.score.Profile;
import org.ogiaudit.score.Scorer;

/**
 * The pipeline for one file: read → extract → rules → score. A file that fails at any stage becomes an error result
 * with its reason; the batch goes on. Thread safe: the batch's threads share one checker.
 */
public final class Checker {
    private final DocumentReader reader;
    private final FactExtractor extractor;
    private final Auditor auditor;
    private final Scorer scorer = new Scorer();
    private final Profile profile;
    private final Baseline baseline;
    private final Manifest manifest;
    private final StageTimes times = new StageTimes();
    private Fingerprinter fingerprinter;

    /**
     * @param baseline findings accepted after review, or null
     * @param manifest what a crawler knew about each file, or null
     * @param profile  which findings deduct points
     */
    public Checker(Rulebook rulebook, DocumentReader reader, Baseline baseline, Manifest manifest, Profile profile) {
        this.auditor = new Auditor(rulebook);
        this.extractor = new FactExtractor(rulebook.vocabulary());
        this.reader = reader;
        this.baseline = baseline;
        this.manifest = manifest;
        this.profile = profile;
    }

    public Checker(Rulebook rulebook, DocumentReader reader) {
        this(rulebook, reader, null, null, Profile.RECOMMENDED);
    }

    /**
     * Digests each report for the cross-report phase here, on the batch's threads, rather than one by one as results
     * leave the batch in order.
     */
    Checker withDigests(Fingerprinter f) {
        this.fingerprinter = f;
        return this;
    }

    /** Time spent per stage so far. */
    public StageTimes times() { return times; }

    /** The results for one file: one per report it holds, or one error. */
    public List<AuditResult> check(InputFiles.Input input) {
        if (input.problem() != null) return List.of(AuditResult.failed(input.shownAs(), input.problem()));
        SourceDocument doc;
        long t0 = System.nanoTime();
        try {
            times.bytes.add(Files.size(input.path()));
        } catch (IOException | RuntimeException ignored) {
            // the reader reports it
        }
        try {
            doc = reader.read(input.path(), input.shownAs());
        } catch (IngestException e) {
            return failed(input, e.reason());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(input, Text.of("文件无法读取：" + e, "the file could not be read: " + e));
        }
        if (manifest != null) {
            Manifest.Entry row = manifest.lookup(input.path(), input.shownAs());
            if (row != null) doc = doc.withMetadata(row.asMetadata());
        }
        long t1 = System.nanoTime();
        times.read.add(t1 - t0);
        times.ocrPages.add(doc.ocrPages());
        List<ReportFacts> reports;
        List<AuditResult> sheetsApart = new ArrayList<>();
        try {
            reports = extractor.extract(doc);
            if (!input.sheets().isEmpty()) {
                SourceDocument completed = attach(doc, reports, input.sheets(), sheetsApart);
                if (completed != doc) {
                    doc = completed;
                    reports = extractor.extract(doc);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return failed(input, Text.of("无法抽取事实（ogi-audit 的缺陷，请报告）：" + e,
                    "facts could not be extracted (a defect in ogi-audit, please report it): " + e));
        }
        long t2 = System.nanoTime();
        times.extract.add(t2 - t1);
        List<AuditResult> out = new ArrayList<>();
        for (ReportFacts facts : reports) {
            int part = facts.getReport().getPart();
            try {
                List<Finding> findings = profile.apply(Baseline.fingerprinted(facts, auditor.audit(facts)));
                if (baseline != null) findings = baseline.apply(facts, findings);
                ReportDigest digest = null;
                if (fingerprinter != null) {
                    long t = System.nanoTime();
                    digest = fingerprinter.digest(facts, doc.lines());
                    times.cross.add(System.nanoTime() - t);
                }
                out.add(new AuditResult(input.shownAs(), part, null, facts, doc.lines(), findings,
                        auditor.checks(facts, findings), scorer.score(findings), digest));
            } catch (AuditException e) {
                out.add(new AuditResult(input.shownAs(), part, e.reason(), facts, doc.lines(), List.of(), List.of(), null));
            }
        }
        times.rules.add(System.nanoTime() - t2);
        out.addAll(sheetsApart);
        return out;
    }

    /** The file's error, and one for each spreadsheet tied to it: every file is accounted for. */
    private static List<AuditResult> failed(InputFiles.Input input, Text reason) {
        List<AuditResult> out = new ArrayList<>();
        out.add(AuditResult.failed(input.shownAs(), reason));
        for (Spreadsheets.Tie s : input.sheets()) out.add(notUsed(s, input.shownAs(), Text.of("该报告无法审查", "that file could not be checked")));
        return out;
    }

    private static AuditResult notUsed(Spreadsheets.Tie s, String report, Text why) {
        Text what = DocumentFormat.notReadReason(s.path());
        if (what == null) what = Text.of("电子表格", "a spreadsheet");
        return AuditResult.failed(s.shownAs(), Text.of(what.zh() + "；" + s.how().zh() + "与 " + report + " 关联，但" + why.zh() + "：其表格未被使用",
                what.en() + "; tied to " + report + " " + s.how().en() + ", but " + why.en() + ": its tables were not used"));
    }

    /**
     * {@code doc} with the spreadsheets tied to it attached, those whose tie holds: the file holds one report, and that
     * report covers the year the spreadsheet is for (when it says). Every other spreadsheet, and one that cannot be read,
     * becomes a result of its own in {@code apart}, saying why its tables were not used.
     */
    private SourceDocument attach(SourceDocument doc, List<ReportFacts> reports, List<Spreadsheets.Tie> sheets,
                                  List<AuditResult> apart) {
        for (Spreadsheets.Tie s : sheets) {
            Integer year = reports.size() == 1 ? reports.get(0).getReport().getReportYear() : null;
            Text why = reports.size() != 1 ? Text.of(doc.file() + " 含有" + reports.size() + "份报告", doc.file() + " holds " + reports.size() + " reports")
                    : s.year() != null && !s.year().equals(year)
                    ? Text.of("它是" + s.year() + "年度的，而 " + doc.file() + " 是" + (year == null ? "年度不明" : year + "年度") + "的报告",
                            "it is for " + s.year() + " and " + doc.file() + " a report on " + (year == null ? "a year not found" : year))
                    : null;
            if (why != null) {
                apart.add(notUsed(s, doc.file(), why));
                continue;
            }
            try {
                doc = doc.withAttachment(reader.read(s.path(), s.shownAs()));
            } catch (IngestException e) {
                apart.add(AuditResult.failed(s.shownAs(), e.reason()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                apart.add(AuditResult.failed(s.shownAs(), Text.of("文件无法读取：" + e, "the file could not be read: " + e)));
            }
        }
        return doc;
    }
}
