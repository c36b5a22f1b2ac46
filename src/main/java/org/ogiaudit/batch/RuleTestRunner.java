package org.ogiaudit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;
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
    /** One line of the report: a case's outcome or a rule's coverage, said in Chinese and English. */
    public record Outcome(boolean passed, String subject, Text detail) { }

    /** All outcomes and the counts the closing line prints. */
    public record Summary(List<Outcome> outcomes) {
        public long passed() { return outcomes.stream().filter(Outcome::passed).count(); }
        public long failed() { return outcomes.size() - passed(); }
        public String closingLine(Lang lang) {
            return lang == Lang.ZH ? "通过" + passed() + "项，失败" + failed() + "项" : passed() + " passed, " + failed() + " failed";
        }
    }

    /** A value a message names that its rule did not give: "{deadline}". */
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");

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
            List<Text> lacks = new ArrayList<>();
            if (!fired.contains(id)) lacks.add(Text.of("没有用例使其触发", "no test case makes it fire"));
            if (!passing.contains(id)) lacks.add(Text.of("没有用例期望其通过", "no test case expects it to pass"));
            outcomes.add(new Outcome(lacks.isEmpty(), "rule " + id, lacks.isEmpty() ? Text.of("已覆盖", "covered") : join(lacks)));
        }
        return new Summary(outcomes);
    }

    private static Outcome runCase(Checker checker, Path tests, Path report, Set<String> fired, Set<String> passing) throws IOException {
        String subject = tests.getParent().getFileName() + "/tests/" + tests.relativize(report).toString().replace('\\', '/');
        String base = report.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path expectFile = report.resolveSibling(base + ".expect");
        if (!Files.exists(expectFile)) {
            return new Outcome(false, subject, Text.of("旁边没有 " + expectFile.getFileName(), "no " + expectFile.getFileName() + " beside it"));
        }
        List<String[]> expectations = new ArrayList<>();
        List<String> lines = Files.readAllLines(expectFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length < 2 || !Set.of("FAIL", "UNCERTAIN", "PASS").contains(parts[0])) {
                String where = expectFile.getFileName() + ":" + (i + 1) + ": ";
                return new Outcome(false, subject, Text.of(where + "应为“FAIL|UNCERTAIN|PASS 规则编号”，实为“" + line + "”",
                        where + "expected \"FAIL|UNCERTAIN|PASS RULE-ID\", got \"" + line + "\""));
            }
            expectations.add(parts);
        }
        if (expectations.isEmpty()) {
            return new Outcome(false, subject, Text.of(expectFile.getFileName() + " 没有任何期望", expectFile.getFileName() + " expects nothing"));
        }
        List<AuditResult> results = checker.check(new InputFiles.Input(report, report.toString(), null));
        if (results.size() != 1 || !results.get(0).isOk()) {
            return new Outcome(false, subject, results.size() != 1
                    ? Text.of("含有" + results.size() + "份报告；一个用例只应有一份", "holds " + results.size() + " reports; a case holds one")
                    : Text.of("无法审查：" + results.get(0).error(), "could not be checked: " + results.get(0).error()));
        }
        List<Finding> findings = results.get(0).findings();
        List<Text> wrong = new ArrayList<>();
        for (Finding f : findings) {
            // a message must not keep a value its rule never gave: readers would see "{deadline}"
            Matcher unfilled = UNFILLED.matcher(f.getMessage().zh() + " " + f.getMessage().en());
            if (unfilled.find()) {
                wrong.add(Text.of("规则“" + f.getRuleName() + "”的消息留有未给出的值 " + unfilled.group() + "：" + f.getMessage().zh(),
                        "rule \"" + f.getRuleName() + "\" leaves " + unfilled.group() + " unfilled: " + f.getMessage().en()));
            }
        }
        for (String[] e : expectations) {
            String id = e[1];
            List<Finding> ofRule = findings.stream().filter(f -> f.getRule().equals(id)).toList();
            switch (e[0]) {
                case "PASS" -> {
                    if (ofRule.isEmpty()) passing.add(id);
                    else wrong.add(Text.of("期望 " + id + " 通过，实际为 " + describe(ofRule, Lang.ZH), "expected " + id + " to pass, it said " + describe(ofRule, Lang.EN)));
                }
                default -> {
                    Status want = Status.valueOf(e[0]);
                    if (ofRule.stream().anyMatch(f -> f.getStatus() == want)) {
                        fired.add(id);
                    } else {
                        wrong.add(Text.of("期望 " + want + " " + id + "，实际" + (ofRule.isEmpty() ? "没有触发" : "为 " + describe(ofRule, Lang.ZH)),
                                "expected " + want + " " + id + ", got " + (ofRule.isEmpty() ? "nothing" : describe(ofRule, Lang.EN))));
                    }
                }
            }
        }
        return wrong.isEmpty() ? new Outcome(true, subject, Text.of("满足" + expectations.size() + "项期望", expectations.size() + " expectation(s) met"))
                : new Outcome(false, subject, join(wrong));
    }

    private static Text join(List<Text> texts) {
        return Text.of(String.join("；", texts.stream().map(Text::zh).toList()), String.join("; ", texts.stream().map(Text::en).toList()));
    }

    private static String describe(List<Finding> findings, Lang lang) {
        return findings.stream().map(f -> f.getStatus() + " \"" + f.getMessage().in(lang) + "\"").toList().toString();
    }
}
