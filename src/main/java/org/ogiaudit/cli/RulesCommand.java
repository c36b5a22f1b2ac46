package org.ogiaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import org.ogiaudit.batch.RuleTestRunner;
import org.ogiaudit.rules.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ogi-audit rules list|check|test}: the rule author's tools. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Tools for rule authors: list the catalogue, check a rulebook, run the rules' test cases.",
            "Rules folders combine: --rules rules --rules rules-local/怀化 uses every file of rules/, with a file of",
            "the same name in rules-local/怀化 replacing it and new files added."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class},
        footer = ExitCodes.FOOTER)
final class RulesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Rulebook load(RulesOption rules, PrintWriter err) {
        try {
            return rules.load();
        } catch (RulebookException e) {
            err.println("ogi-audit: the rulebook has errors:");
            e.getProblems().forEach(p -> err.println("  " + p));
            return null;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists every rule with its id, title, severity, points, category, where it applies and its legal basis,",
                "as read from the DRL metadata. --format markdown prints the rule reference (docs/rules.md)."})
    static final class ListRules implements Callable<Integer> {
        enum Format { text, json, markdown }

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;
        @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text (default), json or markdown.")
        Format format;

        @Override public Integer call() {
            Rulebook book = load(rules, spec.commandLine().getErr());
            if (book == null) return ExitCodes.RULEBOOK;
            PrintWriter out = spec.commandLine().getOut();
            out.print(switch (format) {
                case text -> RuleCatalogue.text(book);
                case json -> RuleCatalogue.json(book);
                case markdown -> RuleCatalogue.markdown(book);
            });
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compiles the rulebook and reports every error and warning with file, line and a plain message:",
                "DRL syntax and type errors, rules without @id/@severity/@points/@category (or with malformed ones),",
                "rules without @title or @basis, and an id reused in another file. Exits 3 on errors."})
    static final class CheckRules implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Rulebook book;
            try {
                book = rules.load();
            } catch (RulebookException e) {
                e.getProblems().forEach(p -> out.println("error: " + p));
                out.println(e.getProblems().size() + " error(s): the rulebook cannot be used");
                out.flush();
                return ExitCodes.RULEBOOK;
            }
            book.overrides().forEach(o -> out.println("note: " + o));
            book.notes().forEach(o -> out.println("note: " + o));
            book.warnings().forEach(w -> out.println("warning: " + w));
            out.printf("ok: %d rules, %d ids, %d decision rules, %d vocabulary files; %d warning(s); rulebook sha256 %s%n",
                    book.rules().size(), book.rules().stream().map(r -> r.id()).distinct().count(), book.decisionRules().size(),
                    book.vocabularyFiles().size(), book.warnings().size(), book.sha256());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Runs the test cases in tests/ under each rules folder: a report file NAME.txt (or .html, .pdf)",
                "and beside it NAME.expect, one expectation a line: \"FAIL ID\", \"UNCERTAIN ID\" or \"PASS ID\"",
                "(the rule does not fire). Every rule id must be made to fire by one case and expected to pass by",
                "another. Prints one line per case and per rule, then \"N passed, N failed\"; exits 1 on failures."})
    static final class TestRules implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;

        @Override public Integer call() throws Exception {
            Rulebook book = load(rules, spec.commandLine().getErr());
            if (book == null) return ExitCodes.RULEBOOK;
            PrintWriter out = spec.commandLine().getOut();
            RuleTestRunner.Summary summary = new RuleTestRunner(book).run(rules.resolvedFolders());
            for (RuleTestRunner.Outcome o : summary.outcomes()) {
                out.printf("%-5s %s: %s%n", o.passed() ? "ok" : "FAIL", o.subject(), o.detail());
            }
            out.println(summary.closingLine());
            out.flush();
            return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.FILE_ERRORS;
        }
    }
}
