package org.ogiaudit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;
import org.ogiaudit.rules.RuleInfo;
import org.ogiaudit.rules.Rulebook;

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
            try (Stream<Path> walk = Files.walk(tests)) {
                cases = walk.filter(Files::isRegularFile).filter(p -> DocumentFormat.of(p) != null).sorted().toList();
            }
            for (Path report : cases) {
                outcomes.add(runCase(checker, tests, report, fired, passing));
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
        for (String[] e : expectations) {
            String id = e[1];
            List<Finding> ofRule = findings.stream().filter(f -> f.getRule().equals(id)).toList();
            switch (e[0]) {
                case "PASS" -> {
                    if (ofRule.isEmpty()) passing.add(id); else wrong.add("expected " + id + " to pass, it said " + describe(ofRule));
                }
                default -> {
                    Status want = Status.valueOf(e[0]);
                    if (ofRule.stream().anyMatch(f -> f.getStatus() == want)) {
                        fired.add(id);
                    } else {
                        wrong.add("expected " + want + " " + id + ", got " + (ofRule.isEmpty() ? "nothing" : describe(ofRule)));
                    }
                }
            }
        }
        return wrong.isEmpty() ? new Outcome(true, subject, expectations.size() + " expectation(s) met")
                : new Outcome(false, subject, String.join("; ", wrong));
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.getStatus() + " \"" + f.getMessage() + "\"").toList().toString();
    }
}
