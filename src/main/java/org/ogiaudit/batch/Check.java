package org.ogiaudit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.ogiaudit.extract.Fingerprinter;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.ReadOptions;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.score.Profile;
import org.ogiaudit.score.Scorer;
import org.ogiaudit.store.HistoryStore;
import org.ogiaudit.store.StoreException;

/**
 * One whole check: every input read, extracted, checked and scored on the batch's threads, each result handed to the
 * renderer as soon as it is its turn (input order, so the output is the same for any number of threads). The one entry
 * point of {@code check}, {@code check --watch} and {@code bench}.
 */
public final class Check {
    /**
     * How to run a check.
     *
     * @param threads      files checked at once
     * @param perFile      a file taking longer is abandoned with an error
     * @param reading      how files are read: the size limit and OCR
     * @param manifest     what a crawler knew about the files, or null
     * @param baseline     findings accepted after review, or null
     * @param profile      which findings deduct points
     * @param cross        run the cross-report phase after the reports were checked
     * @param store        the history store the batch is saved to and compared with, or null
     */
    public record Options(int threads, Duration perFile, ReadOptions reading, Manifest manifest, Baseline baseline,
                          Profile profile, boolean cross, HistoryStore store) {
        /** With the cross-report phase over the batch alone, no store. */
        public Options(int threads, Duration perFile, ReadOptions reading, Manifest manifest, Baseline baseline,
                       Profile profile) {
            this(threads, perFile, reading, manifest, baseline, profile, true, null);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(120), ReadOptions.DEFAULTS,
                    null, null, Profile.RECOMMENDED);
        }
    }

    /** The version written into every output. */
    public static final String VERSION = version();

    private final Rulebook rulebook;
    private final Options options;
    private final Checker checker;

    public Check(Rulebook rulebook, Options options) {
        this.rulebook = rulebook;
        this.options = options;
        this.checker = new Checker(rulebook, new DocumentReader(options.reading()), options.baseline(), options.manifest(),
                options.profile());
        if (options.cross() || options.store() != null) checker.withDigests(new Fingerprinter(rulebook.vocabulary()));
    }

    /** Time spent per stage so far (over every run of this check). */
    public StageTimes times() { return checker.times(); }

    /** What produced the results: written into every output so that a ranking can be reproduced. */
    public RunInfo runInfo() {
        return new RunInfo(VERSION, rulebook.source(), rulebook.sha256(), rulebook.rules().size(),
                Scorer.method(options.profile()), options.profile(), rulebook.rulesById().size());
    }

    /**
     * Checks {@code inputs} into {@code renderer}: begin, one report per result, end. {@code eachResult} sees every
     * result after it was rendered (a progress bar, a timer). Returns the batch's counts.
     */
    public Tally run(List<InputFiles.Input> inputs, int ignored, Renderer renderer, Consumer<AuditResult> eachResult)
            throws IOException, InterruptedException, StoreException {
        Tally tally = new Tally();
        tally.ignored(ignored);
        RunInfo run = runInfo();
        renderer.begin(run);
        HistoryStore store = options.store();
        long runId = store == null ? -1 : store.beginRun(run.version(), run.rulebookSha256(), run.rulebookSource(), run.scoringMethod());
        try (CrossPhase cross = options.cross() || store != null ? new CrossPhase(rulebook, store, runId, options.cross()) : null) {
            try {
                new Batch(checker, options.threads(), options.perFile()).run(Spreadsheets.tie(inputs, options.manifest()), r -> {
                    tally.add(r);
                    try {
                        renderer.report(r);
                        if (cross != null) {
                            long t = System.nanoTime();
                            cross.add(r);
                            checker.times().cross.add(System.nanoTime() - t);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (StoreException e) {
                        throw new UncheckedStoreException(e);
                    }
                    eachResult.accept(r);
                });
                if (cross != null) {
                    long t = System.nanoTime();
                    cross.run(found -> {
                        CrossFinding f = options.baseline() == null ? Baseline.fingerprinted(found)
                                : options.baseline().apply(Baseline.fingerprinted(found));
                        tally.cross(f);
                        try {
                            renderer.cross(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    checker.times().cross.add(System.nanoTime() - t);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (UncheckedStoreException e) {
                throw e.getCause();
            }
        }
        if (options.baseline() != null) {
            tally.baseline(options.baseline().stale().stream()
                    .map(e -> new Tally.Stale(e.fingerprint(), e.rule(), e.report(), e.message())).toList());
        }
        renderer.end(tally);
        return tally;
    }

    /** Carries a store failure out of the batch's result consumer. */
    private static final class UncheckedStoreException extends RuntimeException {
        UncheckedStoreException(StoreException e) {
            super(e);
        }

        @Override public synchronized StoreException getCause() {
            return (StoreException) super.getCause();
        }
    }

    private static String version() {
        String v = Check.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
