package org.ogiaudit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.Status;

/**
 * How far to trust the tool on a sample an evaluator labelled by reading: each labelled file is checked, and each
 * fact and each expected rule outcome compared with the label. Facts are graded by accuracy; FAIL findings by precision
 * (how many FAILs the labels confirm) and recall (how many labelled FAILs the tool finds), per rule id.
 *
 * <p>A labels file has one JSON object per line: {@code file} (relative to the labels file's folder, or absolute) and
 * any of {@code reportYear}, {@code agency}, {@code organKind}, {@code publishedOn}, {@code periodStated},
 * {@code periodFrom}, {@code periodTo}, {@code sections} (canonical kinds with a heading), {@code expected} (rule id →
 * FAIL/PASS/UNCERTAIN), {@code unsure} (keys not to grade). A file holding several reports is graded on its first.
 */
public final class Evaluation {
    /** The facts graded, in the order they are reported. */
    public static final List<String> FACTS = List.of("reportYear", "agency", "organKind", "publishedOn", "periodStated",
            "periodFrom", "periodTo", "sections");

    /** One comparison that disagreed: which file, which key, the label and what the tool said. */
    public record Disagreement(String file, String key, String label, String tool) { }

    /** Right and wrong per fact. */
    public record FactScore(String fact, int graded, int right) {
        public double accuracy() { return graded == 0 ? Double.NaN : (double) right / graded; }
    }

    /** FAIL counts per rule id: the tool's FAILs, the labels' FAILs, and FAILs on both. */
    public record RuleScore(String rule, int graded, int agreed, int toolFail, int labelFail, int bothFail) {
        public double precision() { return toolFail == 0 ? Double.NaN : (double) bothFail / toolFail; }
        public double recall() { return labelFail == 0 ? Double.NaN : (double) bothFail / labelFail; }
    }

    /** The whole evaluation. */
    public record Result(int files, int errors, List<FactScore> facts, List<RuleScore> rules, List<Disagreement> disagreements) {
        public int factsGraded() { return facts.stream().mapToInt(FactScore::graded).sum(); }
        public int factsRight() { return facts.stream().mapToInt(FactScore::right).sum(); }
        public double factAccuracy() { return factsGraded() == 0 ? Double.NaN : (double) factsRight() / factsGraded(); }
        public int toolFail() { return rules.stream().mapToInt(RuleScore::toolFail).sum(); }
        public int labelFail() { return rules.stream().mapToInt(RuleScore::labelFail).sum(); }
        public int bothFail() { return rules.stream().mapToInt(RuleScore::bothFail).sum(); }
        public double failPrecision() { return toolFail() == 0 ? Double.NaN : (double) bothFail() / toolFail(); }
        public double failRecall() { return labelFail() == 0 ? Double.NaN : (double) bothFail() / labelFail(); }
        public int outcomesGraded() { return rules.stream().mapToInt(RuleScore::graded).sum(); }
        public int outcomesAgreed() { return rules.stream().mapToInt(RuleScore::agreed).sum(); }
    }

    private final Checker checker;

    public Evaluation(Checker checker) {
        this.checker = checker;
    }

    /** Reads {@code labels} and grades the tool on every file it names. */
    public Result run(Path labels) throws IOException {
        Path base = labels.toAbsolutePath().getParent();
        ObjectMapper mapper = new ObjectMapper();
        Map<String, int[]> facts = new TreeMap<>();
        for (String f : FACTS) facts.put(f, new int[2]);
        Map<String, int[]> rules = new TreeMap<>(); // graded, agreed, toolFail, labelFail, both
        List<Disagreement> disagreements = new ArrayList<>();
        int files = 0;
        int errors = 0;
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode label;
            try {
                label = mapper.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IOException(labels + ":" + (i + 1) + ": not a JSON object: " + e.getMessage(), e);
            }
            String name = label.path("file").asText(null);
            if (name == null) throw new IOException(labels + ":" + (i + 1) + ": no \"file\"");
            Path file = base.resolve(name);
            files++;
            List<AuditResult> results = checker.check(new InputFiles.Input(file, name, Files.exists(file) ? null : org.ogiaudit.model.Text.of("文件不存在", "no such file")));
            AuditResult r = results.get(0);
            if (!r.isOk()) {
                errors++;
                disagreements.add(new Disagreement(name, "file", "readable", r.error().en()));
                continue;
            }
            Set<String> unsure = new TreeSet<>();
            label.path("unsure").forEach(u -> unsure.add(u.asText()));
            Report rep = r.facts().getReport();
            StatisticsPeriod p = r.facts().getStatisticsPeriod();
            grade(name, "reportYear", label, unsure, rep.getReportYear() == null ? null : rep.getReportYear().toString(),
                    (l, t) -> l.equals(t), facts, disagreements);
            grade(name, "agency", label, unsure, rep.getAgency(), Evaluation::sameOrgan, facts, disagreements);
            grade(name, "organKind", label, unsure, rep.getOrganKind().name(), (l, t) -> l.equals(t), facts, disagreements);
            grade(name, "publishedOn", label, unsure, date(rep.getPublishedOn()), (l, t) -> l.equals(t), facts, disagreements);
            grade(name, "periodStated", label, unsure, String.valueOf(p != null), (l, t) -> l.equals(t), facts, disagreements);
            grade(name, "periodFrom", label, unsure, p == null ? null : date(p.getFrom()), (l, t) -> l.equals(t), facts, disagreements);
            grade(name, "periodTo", label, unsure, p == null ? null : date(p.getTo()), (l, t) -> l.equals(t), facts, disagreements);
            if (label.has("sections") && !unsure.contains("sections")) {
                Set<String> want = new TreeSet<>();
                label.get("sections").forEach(s -> want.add(s.asText()));
                Set<String> got = new TreeSet<>();
                for (Section s : r.facts().getSections()) if (!s.isInAppendix()) s.getKinds().forEach(k -> got.add(k.name()));
                count(facts, "sections", want.equals(got));
                if (!want.equals(got)) disagreements.add(new Disagreement(name, "sections", want.toString(), got.toString()));
            }
            JsonNode expected = label.path("expected");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String rule = e.getKey();
                if (unsure.contains(rule)) continue;
                String want = e.getValue().asText();
                String got = outcome(r.findings(), rule);
                int[] c = rules.computeIfAbsent(rule, k -> new int[5]);
                c[0]++;
                if (want.equals(got)) c[1]++;
                else disagreements.add(new Disagreement(name, rule, want, got + describe(r.findings(), rule)));
                if (got.equals("FAIL")) c[2]++;
                if (want.equals("FAIL")) c[3]++;
                if (got.equals("FAIL") && want.equals("FAIL")) c[4]++;
            }
        }
        List<FactScore> factScores = new ArrayList<>();
        for (String f : FACTS) factScores.add(new FactScore(f, facts.get(f)[0], facts.get(f)[1]));
        List<RuleScore> ruleScores = new ArrayList<>();
        rules.forEach((id, c) -> ruleScores.add(new RuleScore(id, c[0], c[1], c[2], c[3], c[4])));
        return new Result(files, errors, factScores, ruleScores, disagreements);
    }

    private interface Same {
        boolean test(String label, String tool);
    }

    private static void grade(String file, String key, JsonNode label, Set<String> unsure, String tool, Same same,
                              Map<String, int[]> facts, List<Disagreement> out) {
        if (!label.has(key) || unsure.contains(key)) return;
        JsonNode l = label.get(key);
        String want = l.isNull() ? null : l.asText();
        boolean right = want == null ? tool == null : tool != null && same.test(want, tool);
        count(facts, key, right);
        if (!right) out.add(new Disagreement(file, key, String.valueOf(want), String.valueOf(tool)));
    }

    private static void count(Map<String, int[]> facts, String key, boolean right) {
        int[] c = facts.get(key);
        c[0]++;
        if (right) c[1]++;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** What the tool said of a rule: FAIL when any finding of it is a FAIL, UNCERTAIN when only uncertain ones, else PASS. */
    static String outcome(List<Finding> findings, String rule) {
        boolean fired = false;
        for (Finding f : findings) {
            if (!f.getRule().equals(rule)) continue;
            if (f.getStatus() == Status.FAIL) return "FAIL";
            fired = true;
        }
        return fired ? "UNCERTAIN" : "PASS";
    }

    private static String describe(List<Finding> findings, String rule) {
        for (Finding f : findings) {
            if (f.getRule().equals(rule)) return " (" + f.getMessage() + ")";
        }
        return "";
    }

    /**
     * One organ written two ways: the same name, or one with the places it stands in before it ("福州市晋安区人民政府" and
     * "晋安区人民政府"), or with its government's name spelt out ("某县政府" and "某县人民政府").
     */
    static boolean sameOrgan(String label, String tool) {
        String a = normal(label);
        String b = normal(tool);
        if (a.equals(b)) return true;
        String longer = a.length() >= b.length() ? a : b;
        String shorter = a.length() >= b.length() ? b : a;
        if (!longer.endsWith(shorter) || shorter.length() < 3) return false;
        String prefix = longer.substring(0, longer.length() - shorter.length());
        return prefix.matches("(\\p{IsHan}{1,9}?(省|自治区|市|州|盟|地区|区|县|旗))+");
    }

    private static String normal(String organ) {
        return organ.replaceAll("[\\s　()（）]", "").replace("人民政府", "政府").replace("管理委员会", "管委会");
    }
}
