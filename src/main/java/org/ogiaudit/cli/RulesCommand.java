package org.ogiaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ogiaudit.batch.RuleTestRunner;
import org.ogiaudit.model.Lang;
import org.ogiaudit.rules.RuleCatalogue;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ogi-audit rules list|check|test}: the rule author's tools, in the author's language. Without a subcommand it
 * prints its usage and exits 2, as any incomplete command line. Help: {@code ogi-audit.rules.*} in help_zh/_en.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class})
final class RulesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(language.messages().get("prefix") + language.messages().get("usage.noSubcommand"));
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    private static Rulebook load(RulesOption rules, LanguageOption language, PrintWriter err) {
        try {
            return rules.load();
        } catch (RulebookException e) {
            err.println(language.messages().get("prefix") + language.messages().get("rulebook.errorsShort"));
            e.getProblems().forEach(p -> err.println("  " + p.toString(language.lang())));
            return null;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRules implements Callable<Integer> {
        enum Format { text, json, markdown }

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;
        @Mixin
        LanguageOption language;
        @Option(names = {"-f", "--format"}, defaultValue = "text", descriptionKey = "rules.list.format")
        Format format;

        @Override public Integer call() {
            Rulebook book = load(rules, language, spec.commandLine().getErr());
            if (book == null) return ExitCodes.RULEBOOK;
            PrintWriter out = spec.commandLine().getOut();
            Lang lang = language.lang();
            out.print(switch (format) {
                case text -> RuleCatalogue.text(book, lang);
                case json -> RuleCatalogue.json(book);
                case markdown -> RuleCatalogue.markdown(book, lang);
            });
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class CheckRules implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;
        @Mixin
        LanguageOption language;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Lang.Messages m = language.messages();
            Lang lang = language.lang();
            Rulebook book;
            try {
                book = rules.load();
            } catch (RulebookException e) {
                e.getProblems().forEach(p -> out.println(m.get("rules.error", p.toString(lang))));
                out.println(m.get("rules.unusable", e.getProblems().size()));
                out.flush();
                return ExitCodes.RULEBOOK;
            }
            book.overrides().forEach(o -> out.println(m.get("rules.note", o.in(lang))));
            book.notes().forEach(o -> out.println(m.get("rules.note", o.in(lang))));
            book.warnings().forEach(w -> out.println(m.get("rules.warning", w.toString(lang))));
            out.println(m.get("rules.ok", book.rules().size(), book.rulesById().size(), book.decisionRules().size(),
                    book.vocabularyFiles().size(), book.warnings().size(), book.sha256()));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true)
    static final class TestRules implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        RulesOption rules;
        @Mixin
        LanguageOption language;

        @Override public Integer call() throws Exception {
            Rulebook book = load(rules, language, spec.commandLine().getErr());
            if (book == null) return ExitCodes.RULEBOOK;
            PrintWriter out = spec.commandLine().getOut();
            Lang lang = language.lang();
            RuleTestRunner.Summary summary = new RuleTestRunner(book).run(rules.resolvedFolders());
            for (RuleTestRunner.Outcome o : summary.outcomes()) {
                out.printf("%-5s %s: %s%n", o.passed() ? "ok" : o.skipped() ? "skip" : "FAIL", o.subject(), o.detail().in(lang));
            }
            out.println(summary.closingLine(lang));
            out.flush();
            return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.FILE_ERRORS;
        }
    }
}
