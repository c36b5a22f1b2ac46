package org.ogiaudit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ogiaudit.extract.FactExtractor;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.IngestException;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.score.Scorer;

/**
 * The pipeline for a batch: read → extract → rules → score, one file at a time, each result handed on as soon as it
 * is ready. A file that fails at any stage becomes an error result with its reason; the batch goes on.
 */
public final class Checker {
    private final DocumentReader reader;
    private final FactExtractor extractor = new FactExtractor();
    private final Auditor auditor;
    private final Scorer scorer = new Scorer();
    private final Baseline baseline;
    private Manifest manifest;
    private final StageTimes times = new StageTimes();

    /** Time spent per stage so far. */
    public StageTimes times() { return times; }

    /** Facts a crawler's manifest gives win over extracted ones. */
    public Checker withManifest(Manifest m) {
        this.manifest = m;
        return this;
    }

    public Checker(Rulebook rulebook, DocumentReader reader) {
        this(rulebook, reader, null);
    }

    /** A checker that marks the findings {@code baseline} accepts (null for none). */
    public Checker(Rulebook rulebook, DocumentReader reader, Baseline baseline) {
        this.auditor = new Auditor(rulebook);
        this.reader = reader;
        this.baseline = baseline;
    }

    /** Checks every input on one thread, handing each report's result to {@code sink} in input order. */
    public void check(List<InputFiles.Input> inputs, Consumer<AuditResult> sink) {
        for (InputFiles.Input input : inputs) {
            for (AuditResult r : check(input)) sink.accept(r);
        }
    }

    /** The results for one file: one per report it holds, or one error. */
    public List<AuditResult> check(InputFiles.Input input) {
        if (input.problem() != null) return List.of(AuditResult.failed(input.shownAs(), input.problem()));
        SourceDocument doc;
        long t0 = System.nanoTime();
        try {
            times.bytes.add(java.nio.file.Files.size(input.path()));
        } catch (java.io.IOException | RuntimeException ignored) {
            // the reader reports it
        }
        try {
            doc = reader.read(input.path(), input.shownAs());
        } catch (IngestException e) {
            return List.of(AuditResult.failed(input.shownAs(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return List.of(AuditResult.failed(input.shownAs(), "the file could not be read: " + e));
        }
        long t1 = System.nanoTime();
        times.read.add(t1 - t0);
        List<ReportFacts> reports;
        try {
            reports = extractor.extract(doc, manifest == null ? null : manifest.lookup(input.path(), input.shownAs()));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(AuditResult.failed(input.shownAs(), "facts could not be extracted (a defect in ogi-audit, please report it): " + e));
        }
        long t2 = System.nanoTime();
        times.extract.add(t2 - t1);
        List<AuditResult> out = new ArrayList<>();
        for (ReportFacts facts : reports) {
            int part = facts.getReport().getPart();
            try {
                List<Finding> findings = auditor.audit(facts);
                if (baseline != null) findings = baseline.apply(facts, findings);
                out.add(new AuditResult(input.shownAs(), part, null, facts, doc.lines(), findings, scorer.score(findings)));
            } catch (AuditException e) {
                out.add(new AuditResult(input.shownAs(), part, e.getMessage(), facts, doc.lines(), List.of(), null));
            }
        }
        times.rules.add(System.nanoTime() - t2);
        return out;
    }
}
