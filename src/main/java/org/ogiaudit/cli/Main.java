package org.ogiaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code ogi-audit check|facts …}. */
@Command(name = "ogi-audit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, FactsCommand.class, RulesCommand.class, EvalCommand.class, BenchCommand.class,
            HistoryCommand.class, CommandLine.HelpCommand.class},
        description = {
            "Checks Chinese government information disclosure annual reports (政府信息公开工作年度报告) against the",
            "2007 and 2019 Regulations and the unified report formats, with rules kept as DRL files in rules/.",
            "",
            "  ogi-audit check reports-in/                 check every report in a folder",
            "  ogi-audit check --format json --out r.json DIR",
            "  ogi-audit facts FILE                        what was read from one file (JSON)",
            "  ogi-audit rules list|check|test             the rule author's tools",
            "  ogi-audit history --store FILE ORGAN        an organ's years in the history store",
            "  ogi-audit help check                        the manual of one command"},
        footer = ExitCodes.FOOTER)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("ogi-audit: " + ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest, "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        static String get() {
            return org.ogiaudit.batch.Check.VERSION;
        }

        @Override public String[] getVersion() {
            return new String[] {"ogi-audit " + get()};
        }
    }
}
