package org.ogiaudit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.ReadOptions;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;
import org.ogiaudit.rules.RuleInfo;
import org.ogiaudit.render.Renderer;
import org.ogiaudit.render.RunInfo;
import org.ogiaudit.render.Tally;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.store.StoreException;

/**
 * Runs the test cases that live beside the rules, in {@code tests/} under each rules folder.
 *
 * <p>A case is a small report ({@code NAME.txt}, {@code .html} or {@code .pdf}) and beside it {@code NAME.expect},
 * one expectation a line:
 * <pre>
 *   # a county government's 2013 report published on 2 April
 *   FAIL OGI-DEADLINE          the rule fires with status FAIL
 *   UNCERTAIN OGI-PUBDATE-UNKNOWN
 *   PASS OGI-SEC-OTHER         the rule does not fire at all
 * </pre>
 * Every rule id must be made to fire (FAIL or UNCERTAIN) by some case and be expected to pass by another; a rule
 * without either counts as a failure, since nobody has shown that it works.
 *
 * <p>A cross-report rule compares reports, so its case is a folder of reports checked together as one batch (with the
 * cross-report phase), with {@code case.expect} in it; each expectation may name the report it is about:
 * <pre>
 *   FAIL OGI-CROSS-CARRYOVER 2024.txt     a finding about 2024.txt (its own, or one comparing it with another)
 *   PASS OGI-CROSS-COPY                   no report of the folder has it
 * </pre>
 */
public final class RuleTestRunner {
    /** One line of the report: a case's outcome or a rule's coverage. */
    public record Outcome(boolean passed, String subject, String detail) { }

    /** All outcomes and the counts the closing line prints. */
    public record Summary(List<Outcome> outcomes) {
        public long passed() { return outcomes.stream().filter(Outcome::passed).count(); }
        public long failed() { return outcomes.size() - passed(); }
        public String closingLine() { return passed() + " passed, " + failed() + " failed"; }
    }

    private final Rulebook rulebook;

    public RuleTestRunner(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public Summary run(List<Path> ruleFolders) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        Checker checker = new Checker(rulebook, new DocumentReader());
        for (Path folder : ruleFolders) {
            Path tests = folder.resolve("tests");
            if (!Files.isDirectory(tests)) continue;
            List<Path> cases;
            List<Path> batches;
            try (Stream<Path> walk = Files.walk(tests)) {
                batches = walk.filter(p -> p.getFileName().toString().equals(BATCH_CASE)).map(Path::getParent).sorted().toList();
            }
            try (Stream<Path> walk = Files.walk(tests)) {
                cases = walk.filter(Files::isRegularFile).filter(p -> DocumentFormat.of(p) != null)
                        .filter(p -> batches.stream().noneMatch(p::startsWith)).sorted().toList();
            }
            for (Path report : cases) {
                outcomes.add(runCase(checker, tests, report, fired, passing));
            }
            for (Path batch : batches) {
                outcomes.add(runBatchCase(tests, batch, fired, passing));
            }
        }
        for (String id : rulebook.rules().stream().map(RuleInfo::id).distinct().sorted().toList()) {
            List<String> lacks = new ArrayList<>();
            if (!fired.contains(id)) lacks.add("no test case makes it fire");
            if (!passing.contains(id)) lacks.add("no test case expects it to pass");
            outcomes.add(new Outcome(lacks.isEmpty(), "rule " + id, lacks.isEmpty() ? "covered" : String.join("; ", lacks)));
        }
        return new Summary(outcomes);
    }

    /** The expectations of a folder of reports checked together. */
    static final String BATCH_CASE = "case.expect";

    /** A folder of reports checked as one batch, cross-report phase included, against its case.expect. */
    private Outcome runBatchCase(Path tests, Path folder, Set<String> fired, Set<String> passing) throws IOException {
        String subject = tests.getParent().getFileName() + "/tests/" + tests.relativize(folder).toString().replace('\\', '/') + "/";
        List<String[]> expectations = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve(BATCH_CASE), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length < 2 || parts.length > 3 || !Set.of("FAIL", "UNCERTAIN", "PASS").contains(parts[0])) {
                return new Outcome(false, subject, BATCH_CASE + ":" + (i + 1) + ": expected \"FAIL|UNCERTAIN|PASS RULE-ID [REPORT]\", got \""
                        + line + "\"");
            }
            expectations.add(parts);
        }
        if (expectations.isEmpty()) return new Outcome(false, subject, BATCH_CASE + " expects nothing");
        Map<String, List<Finding>> byReport = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Renderer collect = new Renderer() {
            @Override public void begin(RunInfo run) { }

            @Override public void report(AuditResult r) {
                if (!r.isOk()) errors.add(r.file() + ": " + r.error());
                byReport.computeIfAbsent(Path.of(r.file()).getFileName().toString(), k -> new ArrayList<>()).addAll(r.findings());
            }

            @Override public void cross(CrossFinding f) {
                byReport.computeIfAbsent(Path.of(f.report().getFile()).getFileName().toString(), k -> new ArrayList<>()).add(f.finding());
            }

            @Override public void end(Tally tally) { }
        };
        try {
            new Check(rulebook, new Check.Options(1, Duration.ofSeconds(120), ReadOptions.DEFAULTS, null, null, true, null))
                    .run(InputFiles.collect(List.of(folder.toString())), 0, collect, r -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, subject, "interrupted");
        } catch (StoreException e) {
            return new Outcome(false, subject, e.getMessage());
        }
        if (!errors.isEmpty()) return new Outcome(false, subject, "could not be checked: " + errors);
        List<String> wrong = new ArrayList<>();
        for (String[] e : expectations) {
            if (e.length == 3 && !byReport.containsKey(e[2])) {
                wrong.add("no report " + e[2] + " in the folder");
                continue;
            }
            List<Finding> findings = e.length == 3 ? byReport.get(e[2]) : byReport.values().stream().flatMap(List::stream).toList();
            judge(e[0], e[1], findings, fired, passing, wrong);
        }
        return wrong.isEmpty() ? new Outcome(true, subject, expectations.size() + " expectation(s) met")
                : new Outcome(false, subject, String.join("; ", wrong));
    }

    /** One expectation against a report's findings: FAIL/UNCERTAIN means some finding of that status, PASS none. */
    private static void judge(String want, String id, List<Finding> findings, Set<String> fired, Set<String> passing, List<String> wrong) {
        List<Finding> ofRule = findings.stream().filter(f -> f.getRule().equals(id)).toList();
        if (want.equals("PASS")) {
            if (ofRule.isEmpty()) passing.add(id); else wrong.add("expected " + id + " to pass, it said " + describe(ofRule));
            return;
        }
        Status status = Status.valueOf(want);
        if (ofRule.stream().anyMatch(f -> f.getStatus() == status)) {
            fired.add(id);
        } else {
            wrong.add("expected " + status + " " + id + ", got " + (ofRule.isEmpty() ? "nothing" : describe(ofRule)));
        }
    }

    private static Outcome runCase(Checker checker, Path tests, Path report, Set<String> fired, Set<String> passing) throws IOException {
        String subject = tests.getParent().getFileName() + "/tests/" + tests.relativize(report).toString().replace('\\', '/');
        String base = report.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path expectFile = report.resolveSibling(base + ".expect");
        if (!Files.exists(expectFile)) return new Outcome(false, subject, "no " + expectFile.getFileName() + " beside it");
        List<String[]> expectations = new ArrayList<>();
        List<String> lines = Files.readAllLines(expectFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length < 2 || !Set.of("FAIL", "UNCERTAIN", "PASS").contains(parts[0])) {
                return new Outcome(false, subject, expectFile.getFileName() + ":" + (i + 1) + ": expected \"FAIL|UNCERTAIN|PASS RULE-ID\", got \"" + line + "\"");
            }
            expectations.add(parts);
        }
        if (expectations.isEmpty()) return new Outcome(false, subject, expectFile.getFileName() + " expects nothing");
        List<AuditResult> results = checker.check(new InputFiles.Input(report, report.toString(), null));
        if (results.size() != 1 || !results.get(0).isOk()) {
            return new Outcome(false, subject, results.size() != 1 ? "holds " + results.size() + " reports; a case holds one"
                    : "could not be checked: " + results.get(0).error());
        }
        List<Finding> findings = results.get(0).findings();
        List<String> wrong = new ArrayList<>();
        for (String[] e : expectations) judge(e[0], e[1], findings, fired, passing, wrong);
        return wrong.isEmpty() ? new Outcome(true, subject, expectations.size() + " expectation(s) met")
                : new Outcome(false, subject, String.join("; ", wrong));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.getStatus() + " \"" + f.getMessage() + "\"").toList().toString();
    }
}
