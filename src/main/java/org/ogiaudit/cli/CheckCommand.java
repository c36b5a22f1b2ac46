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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogiaudit.batch.Baseline;
import org.ogiaudit.batch.Check;
import org.ogiaudit.batch.InputFiles;
import org.ogiaudit.batch.ResumeLog;
import org.ogiaudit.batch.Watcher;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.render.AppendLog;
import org.ogiaudit.render.AtomicFile;
import org.ogiaudit.render.Format;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.SiteFolder;
import org.ogiaudit.render.Tally;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.store.HistoryStore;
import org.ogiaudit.store.StoreException;
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
    /** The formats of the registry, as the command line names them. */
    enum FormatName {
        text(Format.TEXT), json(Format.JSON), jsonl(Format.JSONL), csv(Format.CSV), html(Format.HTML);

        final Format format;

        FormatName(Format format) { this.format = format; }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = {"text (default), json (the JSON contract in the README), jsonl (one line per report, written as",
                "each is checked: for large batches, with --resume), csv (the ranking: one row per report,",
                "UTF-8 with BOM) or html (a static site in the --out folder: ranking, charts, one page per report)."})
    FormatName format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. An existing FILE is not overwritten unless --force is given.")
    Path out;

    @Option(names = "--force", description = "Allow --out to replace an existing file.")
    boolean force;

    @Option(names = "--resume",
            description = {"With --format jsonl and an existing --out: skip the files it already holds and append the rest",
                "(an interrupted run carries on). Refused when the rulebook changed since."})
    boolean resume;

    @Mixin
    ReadingOptions reading;

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

    @Option(names = "--store", paramLabel = "FILE|URL",
            description = {"Keep every checked report in a history store, and compare each with what it holds (its organ's",
                "earlier years, reports checked before): an SQLite FILE (created if missing) or a team's",
                "jdbc:postgresql://host/db?user=…&password=… . A re-check of an organ's year replaces it there.",
                "See `ogi-audit history` and docs/store.md."})
    String store;

    @Option(names = "--no-cross",
            description = {"Skip the cross-report phase (carry-over between years, copied reports, duplicates). With",
                "--store the reports are still saved."})
    boolean noCross;

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
        try (Watcher watcher = new Watcher(rules.resolvedFolders(), inputs, rulebook, rb -> runBatch(rb, err), new Watcher.Listener() {
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
        if (resume && format.format.target() != Format.Target.LOG) {
            err.println("ogi-audit: --resume goes with --format jsonl");
            return ExitCodes.USAGE;
        }
        Baseline baseline = null;
        Manifest manifest = null;
        try {
            if (baselineFile != null) baseline = Baseline.read(baselineFile);
            if (manifestFile != null) manifest = Manifest.read(manifestFile);
        } catch (IOException e) {
            err.println("ogi-audit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        InputFiles.Scan scan = InputFiles.scan(paths);
        if (out != null) {
            for (InputFiles.Input in : scan.inputs()) {
                if (Files.exists(out) && Files.exists(in.path()) && sameFile(out, in.path())) {
                    err.println("ogi-audit: --out " + out + " is one of the input files; refusing to overwrite it");
                    return ExitCodes.USAGE;
                }
            }
        }
        HistoryStore history = null;
        if (store != null) {
            try {
                history = HistoryStore.open(store);
            } catch (StoreException e) {
                err.println("ogi-audit: " + e.getMessage());
                return ExitCodes.STORE;
            }
        }
        int code;
        try {
            Check check = new Check(rulebook, new Check.Options(threads, Duration.ofSeconds(fileTimeout), reading.toReadOptions(),
                    manifest, baseline, !noCross, history));
            code = switch (format.format.target()) {
                case STREAM -> toStream(check, scan, err);
                case LOG -> toLog(check, scan, rulebook, err);
                case FOLDER -> toFolder(check, scan, err);
            };
        } finally {
            if (history != null) {
                try {
                    history.close();
                } catch (StoreException e) {
                    err.println("ogi-audit: " + e.getMessage());
                }
            }
        }
        if (code != ExitCodes.OK && code != ExitCodes.FILE_ERRORS) return code;
        if (writeBaseline) {
            try {
                int added = baseline.write(baselineFile, by, why, acceptRules);
                err.println("baseline " + baselineFile + ": " + added + " finding(s) added, " + baseline.size() + " in all");
            } catch (IOException e) {
                err.println("ogi-audit: cannot write the baseline " + baselineFile + ": " + IoReason.of(e, baselineFile));
                return ExitCodes.OUTPUT;
            }
        }
        return code;
    }

    /** Standard output, or a file written whole and moved into place. */
    private int toStream(Check check, InputFiles.Scan scan, PrintWriter err) {
        if (out != null && Files.exists(out) && !force) {
            err.println("ogi-audit: " + out + " exists; give --force to replace it, or choose another --out");
            return ExitCodes.OUTPUT;
        }
        AtomicFile file = null;
        try {
            Writer writer = out == null ? stdout() : (file = AtomicFile.create(out)).writer();
            Tally tally = run(check, scan.inputs(), scan.ignored(), format.format.renderer(writer, false), out != null);
            writer.flush();
            if (file != null) {
                file.commit();
                err.println(tally.summaryLine() + " → " + out);
            }
            return exitCode(tally);
        } catch (IOException e) {
            return cannotWrite(err, out, e);
        } catch (InterruptedException e) {
            return interrupted(err);
        } catch (StoreException e) {
            return storeFailed(err, e);
        } finally {
            closeQuietly(file);
        }
    }

    /**
     * JSON Lines, written straight to --out (or standard output) one flushed line per report, so that an interrupted
     * run keeps everything it finished; --resume appends the rest.
     */
    private int toLog(Check check, InputFiles.Scan scan, Rulebook rulebook, PrintWriter err) {
        List<InputFiles.Input> inputs = scan.inputs();
        ResumeLog log = null;
        try {
            if (out != null && Files.exists(out)) {
                if (resume) {
                    log = ResumeLog.read(out);
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
            final ResumeLog done = log;
            if (done != null) inputs = inputs.stream().filter(i -> !done.isDone(i.shownAs())).toList();
            Writer writer = out == null ? stdout() : AppendLog.open(out, done != null);
            Tally tally = run(check, inputs, scan.ignored(), format.format.renderer(writer, done != null), out != null);
            writer.flush();
            if (out != null) {
                writer.close();
                err.println(tally.summaryLine() + (done == null ? "" : " (resumed: " + done.doneCount() + " files were already done)")
                        + " → " + out);
            }
            return exitCode(tally);
        } catch (IOException e) {
            return cannotWrite(err, out, e);
        } catch (InterruptedException e) {
            return interrupted(err);
        } catch (StoreException e) {
            return storeFailed(err, e);
        }
    }

    /**
     * The HTML site: --out names a folder. It is built beside its final place and moved there when complete; with
     * --force an earlier site there is replaced whole (never a folder of other files).
     */
    private int toFolder(Check check, InputFiles.Scan scan, PrintWriter err) {
        if (out == null) {
            err.println("ogi-audit: --format html writes a folder: give it with --out DIR");
            return ExitCodes.USAGE;
        }
        SiteFolder site;
        try {
            site = SiteFolder.prepare(out, force);
        } catch (IOException e) {
            return cannotWrite(err, out, e);
        }
        try (site) {
            Tally tally = run(check, scan.inputs(), scan.ignored(), format.format.renderer(site.dir()), true);
            site.commit();
            err.println(tally.summaryLine() + " → " + out.resolve("index.html"));
            return exitCode(tally);
        } catch (IOException e) {
            return cannotWrite(err, out, e);
        } catch (InterruptedException e) {
            return interrupted(err);
        } catch (StoreException e) {
            return storeFailed(err, e);
        }
    }

    /** Runs the check with a progress bar on a terminal when the results go to a file. */
    private static Tally run(Check check, List<InputFiles.Input> inputs, int ignored, Renderer renderer, boolean toFile)
            throws IOException, InterruptedException, StoreException {
        Progress progress = new Progress(inputs.size(), System.err, Progress.terminal() && toFile);
        return check.run(inputs, ignored, renderer, r -> progress.fileDone(r.file()));
    }

    private static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    }

    private static int exitCode(Tally tally) {
        return tally.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
    }

    private static int cannotWrite(PrintWriter err, Path target, IOException e) {
        err.println("ogi-audit: cannot write " + (target == null ? "the output" : target) + ": " + IoReason.of(e, target));
        return ExitCodes.OUTPUT;
    }

    private static int storeFailed(PrintWriter err, StoreException e) {
        err.println("ogi-audit: " + e.getMessage() + " (the output was not completed)");
        return ExitCodes.STORE;
    }

    private static int interrupted(PrintWriter err) {
        Thread.currentThread().interrupt();
        err.println("ogi-audit: interrupted");
        return ExitCodes.OUTPUT;
    }

    private static void closeQuietly(AtomicFile file) {
        if (file == null) return;
        try {
            file.close();
        } catch (IOException ignored) {
            // best effort: a leftover hidden .part file is harmless
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
