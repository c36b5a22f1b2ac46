package org.ogiaudit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ogiaudit.batch.Checker;
import org.ogiaudit.batch.Evaluation;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ogi-audit eval LABELS.jsonl}: how far to trust the tool, on a sample labelled by reading it. Its help is
 * {@code ogi-audit.eval.*}; the measurements it prints are for the tool's maintainers, in English.
 */
@Command(name = "eval", mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "LABELS.jsonl", descriptionKey = "eval.labels")
    Path labels;

    @Option(names = {"-f", "--format"}, defaultValue = "text", descriptionKey = "eval.format")
    Format format;

    @Mixin
    LanguageOption language;

    @picocli.CommandLine.Mixin
    ReadingOptions reading;

    @Mixin
    RulesOption rules;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(labels)) {
            err.println(language.messages().get("prefix") + language.messages().get("eval.noLabels", labels));
            return ExitCodes.USAGE;
        }
        Rulebook rulebook;
        try {
            rulebook = rules.load();
        } catch (RulebookException e) {
            err.println(language.messages().get("prefix") + language.messages().get("rulebook.errors"));
            e.getProblems().forEach(p -> err.println("  " + p.toString(language.lang())));
            return ExitCodes.RULEBOOK;
        }
        Evaluation.Result r;
        try {
            r = new Evaluation(new Checker(rulebook, new DocumentReader(reading.toReadOptions()))).run(labels);
        } catch (IOException e) {
            err.println(language.messages().get("prefix") + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.print(format == Format.json ? json(r) : text(r));
        out.flush();
        return r.errors() > 0 ? ExitCodes.FILE_ERRORS : ExitCodes.OK;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String text(Evaluation.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d file(s) labelled, %d could not be checked%n%n", r.files(), r.errors()));
        sb.append(String.format("%-14s %7s %7s %9s%n", "fact", "graded", "right", "accuracy"));
        for (var f : r.facts()) sb.append(String.format("%-14s %7d %7d %9s%n", f.fact(), f.graded(), f.right(), pct(f.accuracy())));
        sb.append(String.format("%-14s %7d %7d %9s%n%n", "all facts", r.factsGraded(), r.factsRight(), pct(r.factAccuracy())));
        sb.append(String.format("%-24s %7s %7s %9s %9s %6s %9s %7s%n", "rule", "graded", "agreed", "tool FAIL", "label FAIL",
                "both", "precision", "recall"));
        for (var x : r.rules()) {
            sb.append(String.format("%-24s %7d %7d %9d %9d %6d %9s %7s%n", x.rule(), x.graded(), x.agreed(), x.toolFail(), x.labelFail(),
                    x.bothFail(), ratio(x.precision()), ratio(x.recall())));
        }
        sb.append(String.format("%-24s %7d %7d %9d %9d %6d %9s %7s%n%n", "all rules", r.outcomesGraded(), r.outcomesAgreed(),
                r.toolFail(), r.labelFail(), r.bothFail(), ratio(r.failPrecision()), ratio(r.failRecall())));
        sb.append(String.format("disagreements (%d):%n", r.disagreements().size()));
        for (var d : r.disagreements()) {
            sb.append(String.format("  %s  %s: label %s, tool %s%n", d.file(), d.key(), d.label(), d.tool()));
        }
        return sb.toString();
    }

    static String json(Evaluation.Result r) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode().put("files", r.files()).put("errors", r.errors());
        ObjectNode facts = o.putObject("facts");
        for (var f : r.facts()) facts.putObject(f.fact()).put("graded", f.graded()).put("right", f.right()).put("accuracy", f.accuracy());
        o.putObject("allFacts").put("graded", r.factsGraded()).put("right", r.factsRight()).put("accuracy", r.factAccuracy());
        ObjectNode rules = o.putObject("rules");
        for (var x : r.rules()) {
            rules.putObject(x.rule()).put("graded", x.graded()).put("agreed", x.agreed()).put("toolFail", x.toolFail())
                    .put("labelFail", x.labelFail()).put("bothFail", x.bothFail()).put("precision", x.precision()).put("recall", x.recall());
        }
        o.putObject("fail").put("tool", r.toolFail()).put("label", r.labelFail()).put("both", r.bothFail())
                .put("precision", r.failPrecision()).put("recall", r.failRecall());
        ArrayNode d = o.putArray("disagreements");
        for (var x : r.disagreements()) d.addObject().put("file", x.file()).put("key", x.key()).put("label", x.label()).put("tool", x.tool());
        try {
            return m.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
