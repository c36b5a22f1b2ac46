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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ogiaudit.score.Profile;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.ReadOptions;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;
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
 *   UNCERTAIN OGI-PUBDATE-UNKNOWN   the rule fires with status UNCERTAIN, and never with FAIL
 *   PASS OGI-SEC-OTHER         the rule does not fire at all
 * </pre>
 * Every rule id must be made to fire (FAIL or UNCERTAIN) by some case and be expected to pass by another; a rule
 * without either counts as a failure, since nobody has shown that it works. A case may be a scan (a PDF of pictures,
 * read by OCR): where Tesseract is not installed it is skipped, and said so.
 *
 * <p>A cross-report rule compares reports, so its case is a folder of reports checked together as one batch (with the
 * cross-report phase), with {@code case.expect} in it; each expectation may name the report it is about:
 * <pre>
 *   FAIL OGI-CROSS-CARRYOVER 2024.txt     a finding about 2024.txt (its own, or one comparing it with another)
 *   PASS OGI-CROSS-COPY                   no report of the folder has it
 * </pre>
 */
public final class RuleTestRunner {
    /** One line of the report: a case's outcome or a rule's coverage, said in Chinese and English; a skipped case neither passed nor failed. */
    public record Outcome(boolean passed, String subject, Text detail, boolean skipped) {
        public Outcome(boolean passed, String subject, Text detail) {
            this(passed, subject, detail, false);
        }

        static Outcome skipped(String subject, Text why) {
            return new Outcome(false, subject, why, true);
        }
    }

    /** All outcomes and the counts the closing line prints. */
    public record Summary(List<Outcome> outcomes) {
        public long passed() { return outcomes.stream().filter(Outcome::passed).count(); }
        public long skipped() { return outcomes.stream().filter(Outcome::skipped).count(); }
        public long failed() { return outcomes.size() - passed() - skipped(); }
        public String closingLine(Lang lang) {
            return lang == Lang.ZH ? "通过" + passed() + "项，失败" + failed() + "项" + (skipped() == 0 ? "" : "，跳过" + skipped() + "项")
                    : passed() + " passed, " + failed() + " failed" + (skipped() == 0 ? "" : ", " + skipped() + " skipped");
        }
    }

    /** A value a message names that its rule did not give: "{deadline}". */
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");

    private final Rulebook rulebook;
    private final ReadOptions reading;

    public RuleTestRunner(Rulebook rulebook) {
        this(rulebook, ReadOptions.DEFAULTS);
    }

    /** A runner reading the cases with {@code reading} (OCR for the scanned cases). */
    public RuleTestRunner(Rulebook rulebook, ReadOptions reading) {
        this.rulebook = rulebook;
        this.reading = reading;
    }

    public Summary run(List<Path> ruleFolders) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        Set<String> passing = new TreeSet<>();
        DocumentReader reader = new DocumentReader(reading);
        Checker checker = new Checker(rulebook, reader);
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
                outcomes.add(runCase(checker, reader, tests, report, fired, passing));
            }
            for (Path batch : batches) {
                outcomes.add(runBatchCase(tests, batch, fired, passing));
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
                return new Outcome(false, subject, Text.of(BATCH_CASE + ":" + (i + 1) + "：应为“FAIL|UNCERTAIN|PASS 规则编号 [报告]”，实为“" + line + "”",
                        BATCH_CASE + ":" + (i + 1) + ": expected \"FAIL|UNCERTAIN|PASS RULE-ID [REPORT]\", got \"" + line + "\""));
            }
            expectations.add(parts);
        }
        if (expectations.isEmpty()) return new Outcome(false, subject, Text.of(BATCH_CASE + " 没有任何期望", BATCH_CASE + " expects nothing"));
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
            new Check(rulebook, new Check.Options(1, Duration.ofSeconds(120), reading, null, null, Profile.RECOMMENDED))
                    .run(InputFiles.collect(List.of(folder.toString())), 0, collect, r -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, subject, Text.of("被中断", "interrupted"));
        } catch (StoreException e) {
            return new Outcome(false, subject, e.reason());
        }
        if (!errors.isEmpty()) return new Outcome(false, subject, Text.of("无法审查：" + errors, "could not be checked: " + errors));
        List<Text> wrong = new ArrayList<>();
        unfilled(byReport.values().stream().flatMap(List::stream).toList(), wrong);
        for (String[] e : expectations) {
            if (e.length == 3 && !byReport.containsKey(e[2])) {
                wrong.add(Text.of("文件夹中没有报告 " + e[2], "no report " + e[2] + " in the folder"));
                continue;
            }
            List<Finding> findings = e.length == 3 ? byReport.get(e[2]) : byReport.values().stream().flatMap(List::stream).toList();
            judge(e[0], e[1], findings, fired, passing, wrong);
        }
        return met(subject, expectations.size(), wrong);
    }

    /**
     * One expectation against a report's findings: FAIL means some finding of that status, UNCERTAIN some finding of that
     * status and none FAIL, PASS none.
     */
    private static void judge(String want, String id, List<Finding> findings, Set<String> fired, Set<String> passing, List<Text> wrong) {
        List<Finding> ofRule = findings.stream().filter(f -> f.getRule().equals(id)).toList();
        if (want.equals("PASS")) {
            if (ofRule.isEmpty()) passing.add(id);
            else wrong.add(Text.of("期望 " + id + " 通过，实际为 " + describe(ofRule, Lang.ZH), "expected " + id + " to pass, it said " + describe(ofRule, Lang.EN)));
            return;
        }
        Status status = Status.valueOf(want);
        // UNCERTAIN means never FAIL: a case that shows a rule holding back must show it holding back everywhere
        boolean failsToo = status == Status.UNCERTAIN && ofRule.stream().anyMatch(f -> f.getStatus() == Status.FAIL);
        if (!failsToo && ofRule.stream().anyMatch(f -> f.getStatus() == status)) {
            fired.add(id);
        } else {
            wrong.add(Text.of("期望 " + status + " " + id + "，实际" + (ofRule.isEmpty() ? "没有触发" : "为 " + describe(ofRule, Lang.ZH)),
                    "expected " + status + " " + id + ", got " + (ofRule.isEmpty() ? "nothing" : describe(ofRule, Lang.EN))));
        }
    }

    private static Outcome runCase(Checker checker, DocumentReader reader, Path tests, Path report, Set<String> fired,
                                   Set<String> passing) throws IOException {
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
        String noOcr = reader.ocrUnavailable();
        if (results.size() == 1 && !results.get(0).isOk() && noOcr != null && results.get(0).error().contains("needs OCR")) {
            return Outcome.skipped(subject, Text.of("扫描件，未检查：" + noOcr, "a scan, not checked: " + noOcr));
        }
        if (results.size() != 1 || !results.get(0).isOk()) {
            return new Outcome(false, subject, results.size() != 1
                    ? Text.of("含有" + results.size() + "份报告；一个用例只应有一份", "holds " + results.size() + " reports; a case holds one")
                    : Text.of("无法审查：" + results.get(0).error(), "could not be checked: " + results.get(0).error()));
        }
        List<Finding> findings = results.get(0).findings();
        List<Text> wrong = new ArrayList<>();
        unfilled(findings, wrong);
        for (String[] e : expectations) judge(e[0], e[1], findings, fired, passing, wrong);
        return met(subject, expectations.size(), wrong);
    }

    /** A message must not keep a value its rule never gave: readers would see "{deadline}". */
    private static void unfilled(List<Finding> findings, List<Text> wrong) {
        for (Finding f : findings) {
            Matcher unfilled = UNFILLED.matcher(f.getMessage().zh() + " " + f.getMessage().en());
            if (unfilled.find()) {
                wrong.add(Text.of("规则“" + f.getRuleName() + "”的消息留有未给出的值 " + unfilled.group() + "：" + f.getMessage().zh(),
                        "rule \"" + f.getRuleName() + "\" leaves " + unfilled.group() + " unfilled: " + f.getMessage().en()));
            }
        }
    }

    private static Outcome met(String subject, int expected, List<Text> wrong) {
        return wrong.isEmpty() ? new Outcome(true, subject, Text.of("满足" + expected + "项期望", expected + " expectation(s) met"))
                : new Outcome(false, subject, join(wrong));
    }

    private static Text join(List<Text> texts) {
        return Text.of(String.join("；", texts.stream().map(Text::zh).toList()), String.join("; ", texts.stream().map(Text::en).toList()));
    }

    private static String describe(List<Finding> findings, Lang lang) {
        return findings.stream().map(f -> f.getStatus() + " \"" + f.getMessage().in(lang) + "\"").toList().toString();
    }
}
