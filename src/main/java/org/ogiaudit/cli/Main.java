package org.ogiaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.ogiaudit.model.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Entry point: {@code ogi-audit check|facts|rules|eval|bench|history|help …}. Every word of the help lives in
 * {@code help_zh.properties} and {@code help_en.properties} beside this class (picocli reads them as its resource
 * bundle), Chinese unless {@code --lang en} or {@code OGI_AUDIT_LANG} asks for English; each command lists its own
 * exit codes there.
 */
@Command(name = "ogi-audit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, FactsCommand.class, RulesCommand.class, EvalCommand.class, BenchCommand.class,
            HistoryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** The help's base name: help_zh.properties, help_en.properties. */
    static final String HELP = "org.ogiaudit.cli.help";
    /** Columns of the help when the terminal does not say (COLUMNS). */
    static final int WIDTH = 80;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LanguageOption language;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        Lang lang = LanguageOption.detect(args, System.getenv(LanguageOption.ENVIRONMENT));
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setResourceBundle(ResourceBundle.getBundle(HELP, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        // picocli counts a Chinese character as two columns (adjustLineBreaksForWideCJKCharacters, on by default) once
        // it knows the width; every command gets it, since a subcommand keeps its own usage settings
        cl.setUsageHelpWidth(width(System.getenv("COLUMNS")));
        cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> usageError(ex, lang.messages(LanguageOption.MESSAGES)));
        return cl.execute(args);
    }

    /** The terminal's width when it says, within what picocli accepts; else {@link #WIDTH}. */
    static int width(String columns) {
        try {
            int n = Integer.parseInt(columns == null ? "" : columns.strip());
            return Math.max(55, Math.min(n, 160));
        } catch (NumberFormatException e) {
            return WIDTH;
        }
    }

    /** A wrong command line: what is wrong, the nearest option or command when one was mistyped, and where the manual is. */
    private static int usageError(CommandLine.ParameterException ex, Lang.Messages m) {
        PrintWriter err = ex.getCommandLine().getErr();
        String what;
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            what = m.get(first.startsWith("-") ? "usage.unknownOption" : "usage.unknownArgument", first);
        } else if (ex instanceof CommandLine.MissingParameterException missing) {
            what = m.get("usage.missing", String.join(", ", missing.getMissing().stream().map(CommandLine.Model.ArgSpec::paramLabel).toList()));
        } else {
            what = m.get("usage.other", ex.getMessage());
        }
        err.println(m.get("prefix") + what);
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0).replaceFirst("=.*", "");
            var spec = u.getCommandLine().getCommandSpec();
            List<String> near = nearest(typed, typed.startsWith("-") ? spec.optionsMap().keySet() : spec.subcommands().keySet());
            if (!near.isEmpty()) err.println(m.get("prefix") + m.get("usage.suggest", String.join(" ", near)));
        }
        CommandLine cmd = ex.getCommandLine();
        err.print(cmd.getHelp().synopsis(0));
        err.println(m.get("usage.seeHelp", cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^ogi-audit ?", "")).strip());
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The names closest to what was typed, by edit distance with a swap of two neighbours counting once ("--fromat" is
     * one step from "--format"); none when nothing is within a third of the name. picocli's own suggestions are empty
     * for a subcommand's options, so the command line finds them itself.
     */
    static List<String> nearest(String typed, java.util.Collection<String> names) {
        int best = Integer.MAX_VALUE;
        List<String> out = new java.util.ArrayList<>();
        for (String name : new java.util.TreeSet<>(names)) {
            if (typed.startsWith("--") != name.startsWith("--")) continue;
            int d = distance(typed, name);
            if (d > Math.max(2, name.length() / 3)) continue;
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) out.add(name);
        }
        return out;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** No command: the usage, on standard error, and a usage error's exit code. */
    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(language.messages().get("prefix") + language.messages().get("usage.noCommand"));
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
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
