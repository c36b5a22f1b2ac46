package org.ogiaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ogiaudit.batch.Check;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.ReadOptions;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Lang;
import org.ogiaudit.render.Format;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;
import org.ogiaudit.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ogi-audit bench}: throughput against the parsing floor, on a corpus built from the real reports. */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", descriptionKey = "bench.size")
    Integer size;

    @Option(names = {"-j", "--threads"}, descriptionKey = "bench.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sources", split = ",", defaultValue = "reports-in,src/test/resources/corpus", descriptionKey = "bench.sources")
    List<Path> sources;

    @Option(names = "--only", paramLabel = "FORMAT", descriptionKey = "bench.only")
    String only;

    /** The format {@code --only} asks for, or null for all; {@code scans} when it asks for scans. */
    private DocumentFormat onlyFormat;
    private boolean scans;

    /** A scan's resolution: a scanner's usual 300 dpi. */
    private static final int SCAN_DPI = 300;
    private static final int SCAN_SIZE = 12;

    @Option(names = "--cross", descriptionKey = "bench.cross")
    boolean cross;

    @Option(names = "--work", defaultValue = "target/bench", descriptionKey = "bench.work")
    Path work;

    @Mixin
    RulesOption rules;

    @Mixin
    LanguageOption language;

    /** Enough files for the JIT to compile the hot paths of every reader (the corpus has 22 distinct files). */
    private static final int WARM_UP_FILES = 220;

    /** The largest heap still in use right after a collection: the live set, which must stay flat as batches grow. */
    private final java.util.concurrent.atomic.AtomicLong liveAfterGc = new java.util.concurrent.atomic.AtomicLong();

    private void watchCollections() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, h) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
                // only a full collection leaves nothing dead behind: a young one still counts promoted garbage
                if (!info.getGcAction().contains("major")) return;
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code") && !e.getKey().contains("Class"))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                liveAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (only != null) {
            scans = only.equalsIgnoreCase("scan");
            if (!scans) {
                try {
                    onlyFormat = DocumentFormat.valueOf(only.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--only: \"" + only + "\" is not a format (PDF, HTML, TEXT, … or scan)");
                }
            }
        }
        if (size == null) size = scans ? SCAN_SIZE : 1000;
        watchCollections();
        Rulebook rulebook = rules.load();
        Path corpus = build();
        List<InputFiles.Input> inputs = InputFiles.collect(List.of(corpus.toString()));
        long bytes = 0;
        for (InputFiles.Input i : inputs) bytes += Files.size(i.path());
        out.printf("corpus: %d files, %.1f MB in %s; %d thread(s)%n", inputs.size(), bytes / 1048576.0, corpus, threads);

        // The JIT compiles PDFBox, jsoup and our own code as they run: whichever phase ran first would pay for it.
        // A short untimed pass through both phases first keeps that cost out of both timings.
        // scans: a page's seconds in Tesseract dwarf the JIT's warm-up; one file warms the rest
        List<InputFiles.Input> warm = inputs.subList(0, Math.min(inputs.size(), scans ? 1 : WARM_UP_FILES));
        floor(warm);
        pipeline(warm, new Check(rulebook, options(cross)), new LongAdder(), work.resolve("warm-up.jsonl"));
        out.printf("warm-up: %d files, untimed%n", warm.size());

        long f0 = System.nanoTime();
        long gc0 = gcMillis();
        ThreadCpu cpu0 = ThreadCpu.now();
        floor(inputs);
        double floorSeconds = (System.nanoTime() - f0) / 1e9;
        long floorGc = gcMillis() - gc0;
        ThreadCpu floorCpu = ThreadCpu.now().minus(cpu0);

        Check check = new Check(rulebook, options(false));
        LongAdder renderNanos = new LongAdder();
        long p0 = System.nanoTime();
        long gc1 = gcMillis();
        ThreadCpu cpu1 = ThreadCpu.now();
        Tally tally = pipeline(inputs, check, renderNanos, work.resolve("results.jsonl"));
        double pipeSeconds = (System.nanoTime() - p0) / 1e9;
        long pipeGc = gcMillis() - gc1;
        ThreadCpu pipeCpu = ThreadCpu.now().minus(cpu1);
        long liveDuringRun = liveAfterGc.get(); // read before the collection below adds to it
        System.gc(); // what the batch left behind: nothing, if results are streamed
        long retained = heapUsed();

        String crossLine = null;
        if (cross) {
            // the same pipeline again, with the cross-report phase: the difference is what the phase costs the batch
            Check withCross = new Check(rulebook, options(true));
            long c0 = System.nanoTime();
            Tally t = pipeline(inputs, withCross, new LongAdder(), work.resolve("results-cross.jsonl"));
            double crossSeconds = (System.nanoTime() - c0) / 1e9;
            crossLine = String.format("cross-report phase: pipeline without it %.2f s, with it %.2f s: +%.2f s (%+.1f%%); "
                    + "the phase's own thread-seconds %.2f (digest and index %d reports, compare); %d cross-report finding(s)",
                    pipeSeconds, crossSeconds, crossSeconds - pipeSeconds, 100 * (crossSeconds - pipeSeconds) / pipeSeconds,
                    withCross.times().crossSeconds(), t.reports(), t.crossFindings());
            liveDuringRun = Math.max(liveDuringRun, liveAfterGc.get());
        }
        out.printf("floor:    %.2f s  %.0f files/s  %.1f MB/s%n", floorSeconds, inputs.size() / floorSeconds, bytes / 1048576.0 / floorSeconds);
        out.printf("pipeline: %.2f s  %s reports/s  %.1f MB/s  (%d reports, %d errors)%n", pipeSeconds,
                rate(tally.reports() / pipeSeconds),
                bytes / 1048576.0 / pipeSeconds, tally.reports(), tally.errors());
        out.printf("stages (thread-seconds): read %.2f · extract %.2f · rules %.2f · render %.2f%n", check.times().readSeconds(),
                check.times().extractSeconds(), check.times().rulesSeconds(), renderNanos.sum() / 1e9);
        out.printf("pipeline/floor: %.2f%n", pipeSeconds / floorSeconds);
        if (crossLine != null) out.println(crossLine);
        if (check.times().ocrPages() > 0) {
            out.printf("OCR: %d pages in %.1f s: %.3f pages/s on %d thread(s) (%.2f s a page in one thread's reading)%n",
                    check.times().ocrPages(), pipeSeconds, check.times().ocrPages() / pipeSeconds, threads,
                    check.times().readSeconds() / check.times().ocrPages());
        }
        out.printf("CPU seconds by thread kind: floor %s · pipeline %s (work/floor work: %.2f)%n", floorCpu, pipeCpu,
                pipeCpu.work() / Math.max(0.01, floorCpu.work()));
        out.printf("collector pauses: floor %.2f s · pipeline %.2f s%n", floorGc / 1e3, pipeGc / 1e3);
        String live = liveDuringRun == 0 ? "no full collection ran during the run"
                : String.format("live after full collections at most %.0f MB", liveDuringRun / 1048576.0);
        out.printf("heap: %s · %.0f MB after the batch and a full collection · pool peaks summed %.0f MB (heap max %d MB) "
                + "· peak RSS: %s%n", live, retained / 1048576.0, peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576, peakRss());
        out.flush();
        return ExitCodes.OK;
    }

    /** Copies every corpus file round-robin under new names until there are --size reports' worth of files. */
    private Path build() throws IOException {
        Path corpus = work.resolve("corpus-" + (only == null ? "" : only.toLowerCase(java.util.Locale.ROOT) + "-") + size);
        List<Path> files = new ArrayList<>();
        for (Path folder : sources) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> DocumentFormat.of(p) != null)
                        .filter(p -> onlyFormat == null || DocumentFormat.of(p) == onlyFormat).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) throw new IOException("no reports under " + sources);
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                if (s.count() == size) return corpus;
            }
        }
        Files.createDirectories(corpus);
        if (scans) return scans(files, corpus);
        for (int i = 0; i < size; i++) {
            Path src = files.get(i % files.size());
            String name = src.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            Path dst = corpus.resolve(String.format("%06d%s", i, ext));
            if (!Files.exists(dst)) Files.copy(src, dst);
        }
        return corpus;
    }

    /**
     * The scan corpus: each real report scanned once into {@code corpus/originals} (a PDF's pages rendered, a text
     * report set on A4 pages), then copied round-robin under new names, as {@link #build} copies files.
     */
    private Path scans(List<Path> files, Path corpus) throws IOException {
        Path originals = Files.createDirectories(work.resolve("scans-" + SCAN_DPI + "dpi"));
        java.awt.Font font = ScanCorpus.chineseFont(12);
        List<Path> scanned = new ArrayList<>();
        DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS.withOcr(org.ogiaudit.ingest.OcrMode.NEVER));
        for (Path src : files) {
            if (scanned.size() == size) break; // as many distinct reports as the corpus holds files, no more
            String name = src.getFileName().toString();
            Path out = originals.resolve(name.substring(0, name.lastIndexOf('.')) + ".scan.pdf");
            if (!Files.exists(out)) {
                if (DocumentFormat.of(src) == DocumentFormat.PDF) {
                    ScanCorpus.scan(src, SCAN_DPI, false, out);
                } else if (font != null) {
                    try {
                        var doc = reader.read(src, src.toString());
                        ScanCorpus.typeset(doc.lines().subList(doc.bodyStart(), doc.lines().size()), font, SCAN_DPI, out);
                    } catch (org.ogiaudit.ingest.IngestException e) {
                        continue; // a file that cannot be read makes no scan
                    }
                } else {
                    continue;
                }
            }
            scanned.add(out);
        }
        if (font == null) {
            spec.commandLine().getErr().println("bench: no font here sets Chinese text (install fonts-noto-cjk): only the PDFs were scanned");
        }
        if (scanned.isEmpty()) throw new IOException("no reports to scan under " + sources);
        for (int i = 0; i < size; i++) {
            Path dst = corpus.resolve(String.format("%06d.pdf", i));
            if (!Files.exists(dst)) Files.copy(scanned.get(i % scanned.size()), dst);
        }
        return corpus;
    }

    private Check.Options options(boolean crossPhase) {
        return new Check.Options(threads, Duration.ofSeconds(120), ReadOptions.DEFAULTS, null, null,
                org.ogiaudit.score.Profile.RECOMMENDED, crossPhase, null);
    }

    /** A full check of {@code inputs} written as JSON Lines, as {@code check --format jsonl} does. */
    private static Tally pipeline(List<InputFiles.Input> inputs, Check check, LongAdder renderNanos, Path results) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
            Renderer lines = Format.JSONL.renderer(w, false, Lang.EN);
            Renderer timed = new Renderer() {
                @Override public void begin(RunInfo run) throws IOException { lines.begin(run); }

                @Override public void report(AuditResult result) throws IOException {
                    long t = System.nanoTime();
                    lines.report(result);
                    renderNanos.add(System.nanoTime() - t);
                }

                @Override public void end(Tally tally) throws IOException { lines.end(tally); }
            };
            return check.run(inputs, 0, timed, r -> { });
        }
    }

    private void floor(List<InputFiles.Input> inputs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (InputFiles.Input in : inputs) futures.add(pool.submit(() -> DocumentReader.parseOnly(in.path())));
            for (Future<Long> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // a file the parsers reject costs what it costs; the pipeline reports it
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A rate as people read it: whole numbers when large, two decimals when below 10 (scans). */
    private static String rate(double perSecond) {
        return perSecond >= 10 ? String.format("%.0f", perSecond) : String.format("%.2f", perSecond);
    }

    /** Time spent in collections so far, as the collectors report it (pauses, for the stop-the-world ones). */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) used += pool.getUsage().getUsed();
        }
        return used;
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / 1048576.0;
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (IOException | RuntimeException ignored) {
            // not on Linux
        }
        return "unknown";
    }
}
