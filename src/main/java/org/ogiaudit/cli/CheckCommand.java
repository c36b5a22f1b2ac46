package org.ogiaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogiaudit.engine.Checker;
import org.ogiaudit.engine.InputFiles;
import org.ogiaudit.engine.Rulebook;
import org.ogiaudit.engine.RulebookException;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.render.CsvRenderer;
import org.ogiaudit.render.JsonRenderer;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;
import org.ogiaudit.render.TextRenderer;
import org.ogiaudit.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-audit check PATH…}: the batch audit. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Checks annual reports and prints, per report, the organ, year, score and every finding with its legal",
            "basis and quoted evidence (line numbers refer to the text `ogi-audit facts FILE` shows).",
            "",
            "PATH is a file or a folder; folders are searched recursively for .txt, .htm, .html, .shtml and .pdf.",
            "A file holding several reports gives one result per report. A file that cannot be read (empty, binary,",
            "a scanned PDF without text, a truncated PDF, larger than --max-file-mb) gives an error for that file",
            "and the batch goes on.",
            "",
            "Score: 100 minus the points of each FAIL finding (never below 0). UNCERTAIN findings, where the facts",
            "needed to decide could not be found, deduct nothing. Points and severities come from the rules' DRL",
            "metadata."},
        footer = ExitCodes.FOOTER)
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, jsonl, csv, html }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = {"text (default), json (the JSON contract in the README), jsonl (one line per report, written as",
                "each is checked: for large batches, with --resume), csv (the ranking: one row per report,",
                "UTF-8 with BOM) or html (a static site in the --out folder: ranking, charts, one page per report)."})
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. An existing FILE is not overwritten unless --force is given.")
    Path out;

    @Option(names = "--force", description = "Allow --out to replace an existing file.")
    boolean force;

    @Option(names = "--resume",
            description = {"With --format jsonl and an existing --out: skip the files it already holds and append the rest",
                "(an interrupted run carries on). Refused when the rulebook changed since."})
    boolean resume;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}); real report pages are under 2 MB.")
    int maxFileMb;

    @Mixin
    RulesOption rules;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = {"Findings accepted after review (JSON). They are shown as accepted, counted apart and deduct",
                "nothing; an entry whose finding no longer occurs is reported as stale."})
    Path baselineFile;

    @Option(names = "--write-baseline",
            description = {"After the run, add this run's findings that are not yet accepted to the --baseline FILE",
                "(created if missing). Earlier entries are always kept."})
    boolean writeBaseline;

    @Option(names = "--accept-rule", paramLabel = "ID", description = "With --write-baseline: accept only findings of these rule ids (repeatable).")
    java.util.Set<String> acceptRules = new java.util.TreeSet<>();

    @Option(names = "--by", paramLabel = "NAME", description = "With --write-baseline: who accepts (default: the user name).")
    String by = System.getProperty("user.name", "unknown");

    @Option(names = "--why", paramLabel = "TEXT", defaultValue = "accepted after review",
            description = "With --write-baseline: why (default: \"${DEFAULT-VALUE}\"); edit each entry in the file as needed.")
    String why;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Files checked at once (default: the number of cores). Output is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "A file taking longer is abandoned with an error and the batch goes on (default: ${DEFAULT-VALUE}).")
    int fileTimeout;

    @Option(names = "--manifest", paramLabel = "FILE.csv",
            description = {"What a crawler knew about each report: a CSV with columns file, agency, organ_kind, region, url,",
                "published_on (any may be empty). Its values win over extracted ones; the output says which source",
                "each fact came from."})
    Path manifestFile;

    @Option(names = "--watch",
            description = {"Keep running: check again whenever a rule file or an input changes. The rulebook is rebuilt",
                "in the running program; a broken edit prints its errors and the last good rulebook stays in use.",
                "Stop with Ctrl-C."})
    boolean watch;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (watch && writeBaseline) {
            err.println("ogi-audit: --watch and --write-baseline do not go together");
            return ExitCodes.USAGE;
        }
        // a path that does not exist is a mistake on the command line, not a report that could not be read
        List<String> missing = InputFiles.scan(paths).missing();
        if (!missing.isEmpty()) {
            missing.forEach(m -> err.println("ogi-audit: no such file or folder: " + m));
            return ExitCodes.USAGE;
        }
        Rulebook rulebook;
        try {
            rulebook = rules.load();
        } catch (RulebookException e) {
            err.println("ogi-audit: the rulebook has errors; nothing was checked:");
            e.getProblems().forEach(p -> err.println("  " + p));
            return ExitCodes.RULEBOOK;
        }
        int code = runBatch(rulebook, err);
        if (!watch || code == ExitCodes.USAGE || code == ExitCodes.OUTPUT) return code;
        force = true; // from now on --out is the file this session wrote
        List<Path> inputs = paths.stream().map(Path::of).toList();
        try (org.ogiaudit.engine.Watcher watcher = new org.ogiaudit.engine.Watcher(rules.resolvedFolders(), inputs, rulebook,
                rb -> runBatch(rb, err), new org.ogiaudit.engine.Watcher.Listener() {
                    @Override public void reloaded(Rulebook rb) {
                        err.println("ogi-audit: rules changed; rulebook rebuilt (" + rb.rules().size() + " rules, sha256 "
                                + rb.sha256().substring(0, 12) + ")");
                    }

                    @Override public void rejected(RulebookException e) {
                        err.println("ogi-audit: the edited rulebook has errors; still using the last good one:");
                        e.getProblems().forEach(p -> err.println("  " + p));
                    }
                })) {
            err.println("ogi-audit: watching " + (rules.resolvedFolders().isEmpty() ? "" : rules.resolvedFolders() + " and ")
                    + paths + " (Ctrl-C to stop)");
            watcher.watch();
        } catch (IOException e) {
            err.println("ogi-audit: cannot watch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return code;
    }

    /** One batch: read, check and render every input with {@code rulebook}. */
    int runBatch(Rulebook rulebook, PrintWriter err) {
        if (writeBaseline && baselineFile == null) {
            err.println("ogi-audit: --write-baseline needs --baseline FILE");
            return ExitCodes.USAGE;
        }
        org.ogiaudit.engine.Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = org.ogiaudit.engine.Baseline.read(baselineFile);
            } catch (IOException e) {
                err.println("ogi-audit: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        org.ogiaudit.engine.Manifest manifest = null;
        if (manifestFile != null) {
            try {
                manifest = org.ogiaudit.engine.Manifest.read(manifestFile);
            } catch (IOException e) {
                err.println("ogi-audit: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (format == Format.html) return runSite(rulebook, baseline, manifest, err);
        if (format == Format.jsonl) return runLines(rulebook, baseline, manifest, err);
        if (resume) {
            err.println("ogi-audit: --resume goes with --format jsonl");
            return ExitCodes.USAGE;
        }
        InputFiles.Scan scan = InputFiles.scan(paths);
        List<InputFiles.Input> inputs = scan.inputs();
        if (out != null) {
            for (InputFiles.Input in : inputs) {
                if (Files.exists(out) && Files.exists(in.path()) && sameFile(out, in.path())) {
                    err.println("ogi-audit: --out " + out + " is one of the input files; refusing to overwrite it");
                    return ExitCodes.USAGE;
                }
            }
            if (Files.exists(out) && !force) {
                err.println("ogi-audit: " + out + " exists; give --force to replace it, or choose another --out");
                return ExitCodes.OUTPUT;
            }
        }
        Tally tally;
        org.ogiaudit.render.AtomicFile file = null;
        try {
            Writer writer;
            if (out == null) {
                writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            } else {
                file = org.ogiaudit.render.AtomicFile.create(out);
                writer = file.writer();
            }
            Renderer renderer = switch (format) {
                case text -> new TextRenderer(writer);
                case json -> new JsonRenderer(writer);
                case csv -> new CsvRenderer(writer);
                case html, jsonl -> throw new IllegalStateException(format + " has its own writer");
            };
            tally = checkInto(renderer, scan, rulebook, baseline, manifest, Progress.terminal() && out != null);
            writer.flush();
            if (file != null) {
                file.commit();
                err.println(tally.summaryLine() + " → " + out);
            }
        } catch (IOException e) {
            err.println("ogi-audit: cannot write " + out + ": " + IoReason.of(e, out));
            return ExitCodes.OUTPUT;
        } catch (UncheckedIOException e) {
            err.println("ogi-audit: cannot write " + (out == null ? "the output" : out) + ": " + IoReason.of(e.getCause(), out));
            return ExitCodes.OUTPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("ogi-audit: interrupted");
            return ExitCodes.OUTPUT;
        } finally {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // best effort: a leftover hidden .part file is harmless
                }
            }
        }
        if (writeBaseline) {
            try {
                int added = baseline.write(baselineFile, by, why, acceptRules);
                err.println("baseline " + baselineFile + ": " + added + " finding(s) added, " + baseline.size() + " in all");
            } catch (IOException e) {
                err.println("ogi-audit: cannot write the baseline " + baselineFile + ": " + IoReason.of(e, baselineFile));
                return ExitCodes.OUTPUT;
            }
        }
        return tally.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
    }

    /**
     * JSON Lines, written straight to --out (or standard output) one flushed line per report, so that an interrupted
     * run keeps everything it finished; --resume appends the rest.
     */
    private int runLines(Rulebook rulebook, org.ogiaudit.engine.Baseline baseline, org.ogiaudit.engine.Manifest manifest, PrintWriter err) {
        InputFiles.Scan scan = InputFiles.scan(paths);
        List<InputFiles.Input> inputs = scan.inputs();
        org.ogiaudit.engine.ResumeLog log = null;
        try {
            if (out != null && Files.exists(out)) {
                if (resume) {
                    log = org.ogiaudit.engine.ResumeLog.read(out);
                    if (log.rulebookSha() != null && !log.rulebookSha().equals(rulebook.sha256())) {
                        err.println("ogi-audit: " + out + " was written with another rulebook (sha256 " + log.rulebookSha()
                                + "); resuming would mix results. Start a new file instead.");
                        return ExitCodes.USAGE;
                    }
                    if (log.isComplete()) {
                        err.println("ogi-audit: " + out + " is already complete (" + log.doneCount() + " files)");
                        return ExitCodes.OK;
                    }
                } else if (!force) {
                    err.println("ogi-audit: " + out + " exists; give --resume to carry on an interrupted run, or --force to replace it");
                    return ExitCodes.OUTPUT;
                }
            } else if (resume && out == null) {
                err.println("ogi-audit: --resume needs --out FILE");
                return ExitCodes.USAGE;
            }
            final org.ogiaudit.engine.ResumeLog done = log;
            if (done != null) inputs = inputs.stream().filter(i -> !done.isDone(i.shownAs())).toList();
            Writer writer = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            done != null ? java.nio.file.StandardOpenOption.APPEND : java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                            java.nio.file.StandardOpenOption.WRITE);
            Renderer lines = new org.ogiaudit.render.JsonLinesRenderer(writer, done != null);
            Tally tally = checkInto(lines, new InputFiles.Scan(inputs, scan.ignored(), List.of()), rulebook, baseline, manifest,
                    Progress.terminal() && out != null);
            if (out != null) {
                writer.close();
                err.println(tally.summaryLine() + (done == null ? "" : " (resumed: " + done.doneCount() + " files were already done)")
                        + " → " + out);
            }
            return tally.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
        } catch (IOException e) {
            err.println("ogi-audit: cannot write " + (out == null ? "the output" : out) + ": " + IoReason.of(e, out));
            return ExitCodes.OUTPUT;
        } catch (UncheckedIOException e) {
            err.println("ogi-audit: cannot write " + (out == null ? "the output" : out) + ": " + IoReason.of(e.getCause(), out));
            return ExitCodes.OUTPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OUTPUT;
        }
    }

    /**
     * The HTML site: --out names a folder. It is built beside its final place and moved there when complete; with
     * --force an earlier site there is replaced whole (never a folder of other files).
     */
    private int runSite(Rulebook rulebook, org.ogiaudit.engine.Baseline baseline, org.ogiaudit.engine.Manifest manifest, PrintWriter err) {
        if (out == null) {
            err.println("ogi-audit: --format html writes a folder: give it with --out DIR");
            return ExitCodes.USAGE;
        }
        org.ogiaudit.render.SiteFolder site;
        try {
            site = org.ogiaudit.render.SiteFolder.prepare(out, force);
        } catch (IOException e) {
            err.println("ogi-audit: cannot write the site " + out + ": " + IoReason.of(e, out));
            return ExitCodes.OUTPUT;
        }
        try (site) {
            Tally tally = checkInto(new org.ogiaudit.render.HtmlSite(site.dir()), InputFiles.scan(paths), rulebook, baseline,
                    manifest, Progress.terminal());
            site.commit();
            err.println(tally.summaryLine() + " → " + out.resolve("index.html"));
            return tally.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
        } catch (IOException e) {
            err.println("ogi-audit: cannot write the site " + out + ": " + IoReason.of(e, out));
            return ExitCodes.OUTPUT;
        } catch (UncheckedIOException e) {
            err.println("ogi-audit: cannot write the site " + out + ": " + IoReason.of(e.getCause(), out));
            return ExitCodes.OUTPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("ogi-audit: interrupted");
            return ExitCodes.OUTPUT;
        }
    }

    /**
     * Checks every input on the batch's threads and renders each result as it comes, in input order; returns the
     * batch's counts. Every output format goes through here.
     */
    private Tally checkInto(Renderer renderer, InputFiles.Scan scan, Rulebook rulebook,
                            org.ogiaudit.engine.Baseline baseline, org.ogiaudit.engine.Manifest manifest, boolean progressBar)
            throws IOException, InterruptedException {
        List<InputFiles.Input> inputs = scan.inputs();
        Tally tally = new Tally();
        tally.ignored(scan.ignored());
        tally.baseline(baseline);
        Checker checker = new Checker(rulebook, new DocumentReader(maxFileMb * 1024L * 1024L), baseline).withManifest(manifest);
        Progress progress = new Progress(inputs.size(), System.err, progressBar);
        renderer.begin(new RunInfo(Main.Version.get(), rulebook.source(), rulebook.sha256(), rulebook.rules().size(), Scorer.METHOD));
        try {
            new org.ogiaudit.engine.Batch(checker, threads, java.time.Duration.ofSeconds(fileTimeout)).run(inputs, r -> {
                tally.add(r);
                progress.fileDone(r.file());
                try {
                    renderer.report(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        renderer.end(tally);
        return tally;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
