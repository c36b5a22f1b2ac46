package org.ogiaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
import org.ogiaudit.model.Lang;
import org.ogiaudit.render.AppendLog;
import org.ogiaudit.render.AtomicFile;
import org.ogiaudit.render.Format;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.SiteFolder;
import org.ogiaudit.render.Tally;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.score.Profile;
import org.ogiaudit.store.HistoryStore;
import org.ogiaudit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-audit check PATH…}: the batch audit. Its help is {@code ogi-audit.check.*} in help_zh/_en.properties. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    /** The formats of the registry, as the command line names them. */
    enum FormatName {
        text(Format.TEXT), json(Format.JSON), jsonl(Format.JSONL), csv(Format.CSV), html(Format.HTML), docx(Format.DOCX),
        xlsx(Format.XLSX);

        final Format format;

        FormatName(Format format) { this.format = format; }
    }

    /** The scoring profiles, as the command line names them. */
    enum ProfileName {
        recommended(Profile.RECOMMENDED), statutory(Profile.STATUTORY);

        final Profile profile;

        ProfileName(Profile profile) { this.profile = profile; }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "check.paths")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "check.format")
    FormatName format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "check.out")
    Path out;

    @Option(names = "--force", descriptionKey = "check.force")
    boolean force;

    @Option(names = "--resume", descriptionKey = "check.resume")
    boolean resume;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "recommended", descriptionKey = "check.profile")
    ProfileName profile;

    @Mixin
    ReadingOptions reading;

    @Mixin
    RulesOption rules;

    @Mixin
    LanguageOption language;

    @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "check.baseline")
    Path baselineFile;

    @Option(names = "--write-baseline", descriptionKey = "check.write-baseline")
    boolean writeBaseline;

    @Option(names = "--accept-rule", paramLabel = "ID", descriptionKey = "check.accept-rule")
    java.util.Set<String> acceptRules = new java.util.TreeSet<>();

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "check.by")
    String by = System.getProperty("user.name", "unknown");

    @Option(names = "--why", paramLabel = "TEXT", descriptionKey = "check.why")
    String why;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", descriptionKey = "check.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--file-timeout", paramLabel = "SECONDS", defaultValue = "120", descriptionKey = "check.file-timeout")
    int fileTimeout;

    @Option(names = "--manifest", paramLabel = "CSV", descriptionKey = "check.manifest")
    Path manifestFile;

    @Option(names = "--store", paramLabel = "FILE|URL", descriptionKey = "check.store")
    String store;

    @Option(names = "--no-cross", descriptionKey = "check.no-cross")
    boolean noCross;

    @Option(names = "--watch", descriptionKey = "check.watch")
    boolean watch;

    private Lang.Messages m;

    @Override public Integer call() {
        m = language.messages();
        PrintWriter err = spec.commandLine().getErr();
        if (watch && writeBaseline) return usage(err, m.get("usage.watchAndBaseline"));
        // a path that does not exist is a mistake on the command line, not a report that could not be read
        List<String> missing = InputFiles.scan(paths).missing();
        if (!missing.isEmpty()) {
            missing.forEach(p -> err.println(m.get("prefix") + m.get("usage.noSuchPath", p)));
            return ExitCodes.USAGE;
        }
        Rulebook rulebook;
        try {
            rulebook = rules.load();
        } catch (RulebookException e) {
            err.println(m.get("prefix") + m.get("rulebook.errors"));
            e.getProblems().forEach(p -> err.println("  " + p.toString(language.lang())));
            return ExitCodes.RULEBOOK;
        }
        int code = runBatch(rulebook, err);
        if (!watch || code == ExitCodes.USAGE || code == ExitCodes.OUTPUT) return code;
        force = true; // from now on --out is the file this session wrote
        List<Path> inputs = paths.stream().map(Path::of).toList();
        try (Watcher watcher = new Watcher(rules.resolvedFolders(), inputs, rulebook, rb -> runBatch(rb, err), new Watcher.Listener() {
                    @Override public void reloaded(Rulebook rb) {
                        err.println(m.get("prefix") + m.get("watch.rebuilt", rb.rules().size(), rb.sha256().substring(0, 12)));
                    }

                    @Override public void rejected(RulebookException e) {
                        err.println(m.get("prefix") + m.get("watch.rejected"));
                        e.getProblems().forEach(p -> err.println("  " + p.toString(language.lang())));
                    }
                })) {
            err.println(m.get("prefix") + m.get("watch.watching", (rules.resolvedFolders().isEmpty() ? "" : rules.resolvedFolders() + " ")
                    + paths));
            watcher.watch();
        } catch (IOException e) {
            err.println(m.get("prefix") + m.get("watch.cannot", e.getMessage()));
            return ExitCodes.USAGE;
        }
        return code;
    }

    /** One batch: read, check and render every input with {@code rulebook}. */
    int runBatch(Rulebook rulebook, PrintWriter err) {
        if (writeBaseline && baselineFile == null) return usage(err, m.get("usage.baselineNeedsFile"));
        if (resume && format.format.target() != Format.Target.LOG) return usage(err, m.get("usage.resumeJsonl"));
        Baseline baseline = null;
        Manifest manifest = null;
        try {
            if (baselineFile != null) baseline = Baseline.read(baselineFile);
            if (manifestFile != null) manifest = Manifest.read(manifestFile);
        } catch (IOException e) {
            return usage(err, m.get("usage.badArgument", e.getMessage()));
        }
        InputFiles.Scan scan = InputFiles.scan(paths);
        if (out != null) {
            for (InputFiles.Input in : scan.inputs()) {
                if (Files.exists(out) && Files.exists(in.path()) && sameFile(out, in.path())) return usage(err, m.get("usage.outIsInput", out));
            }
        }
        HistoryStore history = null;
        if (store != null) {
            try {
                history = HistoryStore.open(store);
            } catch (StoreException e) {
                err.println(m.get("prefix") + e.reason().in(language.lang()));
                return ExitCodes.STORE;
            }
        }
        int code;
        try {
            Check check = new Check(rulebook, new Check.Options(threads, Duration.ofSeconds(fileTimeout), reading.toReadOptions(),
                    manifest, baseline, profile.profile, !noCross, history));
            code = switch (format.format.target()) {
                case STREAM, FILE -> toStream(check, scan, err);
                case LOG -> toLog(check, scan, rulebook, err);
                case FOLDER -> toFolder(check, scan, err);
            };
        } finally {
            if (history != null) {
                try {
                    history.close();
                } catch (StoreException e) {
                    err.println(m.get("prefix") + e.reason().in(language.lang()));
                }
            }
        }
        if (code != ExitCodes.OK && code != ExitCodes.FILE_ERRORS) return code;
        if (writeBaseline) {
            try {
                int added = baseline.write(baselineFile, by, why == null ? m.get("baseline.defaultWhy") : why, acceptRules);
                err.println(m.get("baseline.written", baselineFile, added, baseline.size()));
            } catch (IOException e) {
                err.println(m.get("prefix") + m.get("baseline.cannotWrite", baselineFile, IoReason.of(e, baselineFile, m)));
                return ExitCodes.OUTPUT;
            }
        }
        return code;
    }

    /**
     * Standard output, or a file written whole beside its place and moved there: text (JSON, CSV) or, for a binary
     * format (a spreadsheet), bytes, which never go to the terminal.
     */
    private int toStream(Check check, InputFiles.Scan scan, PrintWriter err) {
        boolean binary = format.format.target() == Format.Target.FILE;
        if (binary && out == null) return usage(err, m.get("usage.needsOut", format.format.id(), m.get("usage.file")));
        if (out != null && Files.exists(out) && !force) return cannotOverwrite(err, "output.exists");
        AtomicFile file = null;
        try {
            if (out != null) file = AtomicFile.create(out);
            Writer writer = binary ? null : file == null ? stdout() : file.writer();
            Renderer renderer = binary ? format.format.renderer(file.stream(), language.lang())
                    : format.format.renderer(writer, false, language.lang());
            Tally tally = run(check, scan.inputs(), scan.ignored(), renderer, out != null);
            if (writer != null) writer.flush();
            if (file != null) {
                file.commit();
                err.println(tally.summaryLine(language.lang()) + " → " + out);
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
     * run keeps everything it finished; --resume appends the rest, with the same rulebook and profile only.
     */
    private int toLog(Check check, InputFiles.Scan scan, Rulebook rulebook, PrintWriter err) {
        List<InputFiles.Input> inputs = scan.inputs();
        ResumeLog log = null;
        try {
            if (out != null && Files.exists(out)) {
                if (resume) {
                    log = ResumeLog.read(out);
                    if (log.rulebookSha() != null && !log.rulebookSha().equals(rulebook.sha256())) {
                        return usage(err, m.get("resume.otherRulebook", out, log.rulebookSha()));
                    }
                    if (!profile.profile.id().equals(log.profile())) {
                        return usage(err, m.get("resume.otherProfile", out, log.profile(), profile.profile.id()));
                    }
                    if (log.isComplete()) {
                        err.println(m.get("prefix") + m.get("resume.complete", out, log.doneCount()));
                        return ExitCodes.OK;
                    }
                } else if (!force) {
                    return cannotOverwrite(err, "output.existsLog");
                }
            } else if (resume && out == null) {
                return usage(err, m.get("usage.resumeNeedsOut"));
            }
            final ResumeLog done = log;
            if (done != null) inputs = inputs.stream().filter(i -> !done.isDone(i.shownAs())).toList();
            Writer writer = out == null ? stdout() : AppendLog.open(out, done != null);
            Tally tally = run(check, inputs, scan.ignored(), format.format.renderer(writer, done != null, language.lang()), out != null);
            writer.flush();
            if (out != null) {
                writer.close();
                err.println(tally.summaryLine(language.lang()) + (done == null ? "" : m.get("resume.done", done.doneCount())) + " → " + out);
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
     * The HTML site or the Word notices: --out names a folder. It is built beside its final place and moved there when
     * complete; with --force an earlier output there is replaced whole (never a folder of other files).
     */
    private int toFolder(Check check, InputFiles.Scan scan, PrintWriter err) {
        if (out == null) return usage(err, m.get("usage.needsOut", format.format.id(), m.get("usage.folder")));
        SiteFolder site;
        try {
            site = SiteFolder.prepare(out, force);
        } catch (IOException e) {
            return cannotWrite(err, out, e);
        }
        try (site) {
            Tally tally = run(check, scan.inputs(), scan.ignored(), format.format.renderer(site.dir(), language.lang()), true);
            site.commit();
            err.println(tally.summaryLine(language.lang()) + " → " + (format.format == Format.HTML ? out.resolve("index.html") : out));
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
    private Tally run(Check check, List<InputFiles.Input> inputs, int ignored, Renderer renderer, boolean toFile)
            throws IOException, InterruptedException, StoreException {
        Progress progress = new Progress(inputs.size(), System.err, Progress.terminal() && toFile, m);
        return check.run(inputs, ignored, renderer, r -> progress.fileDone(r.file()));
    }

    private static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    }

    private static int exitCode(Tally tally) {
        return tally.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
    }

    private int usage(PrintWriter err, String message) {
        err.println(m.get("prefix") + message);
        return ExitCodes.USAGE;
    }

    private int cannotOverwrite(PrintWriter err, String key) {
        err.println(m.get("prefix") + m.get(key, out));
        return ExitCodes.OUTPUT;
    }

    private int cannotWrite(PrintWriter err, Path target, IOException e) {
        if (e instanceof SiteFolder.RefusedException) {
            err.println(m.get("prefix") + IoReason.of(e, target, m));
        } else {
            err.println(m.get("prefix") + m.get("output.cannotWrite", target == null ? m.get("output.theOutput") : target,
                    IoReason.of(e, target, m)));
        }
        return ExitCodes.OUTPUT;
    }

    private int storeFailed(PrintWriter err, StoreException e) {
        err.println(m.get("prefix") + m.get("store.failed", e.reason().in(language.lang())));
        return ExitCodes.STORE;
    }

    private int interrupted(PrintWriter err) {
        Thread.currentThread().interrupt();
        err.println(m.get("prefix") + m.get("output.interrupted"));
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
