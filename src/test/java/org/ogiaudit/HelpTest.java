package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help is the manual, in Chinese (English with --lang en): every command's help fits 80 columns counting a Chinese
 * character as two, breaks no word (".html" stays whole), and lists the exit codes that command can return; a
 * mistyped option names the nearest one; an incomplete command line is a usage error.
 */
class HelpTest {
    private static final List<List<String>> COMMANDS = List.of(List.of(), List.of("check"), List.of("facts"), List.of("rules"),
            List.of("rules", "list"), List.of("rules", "check"), List.of("rules", "test"), List.of("eval"), List.of("bench"), List.of("history"),
            List.of("help"));

    private static Cli help(List<String> command, String lang) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        args.add("--lang");
        args.add(lang);
        return Cli.run(args.toArray(String[]::new));
    }

    /** Terminal columns: a wide (Chinese, full-width) character takes two. */
    static int columns(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
            w += wide ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    @Test
    void everyCommandsHelpFitsEightyColumnsInBothLanguages() {
        for (List<String> command : COMMANDS) {
            for (String lang : List.of("zh", "en")) {
                Cli cli = help(command, lang);
                assertEquals(0, cli.exit(), command + " " + cli.err());
                List<String> lines = cli.out().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    assertTrue(columns(lines.get(i)) <= 80, command + " " + lang + " line " + (i + 1) + " is " + columns(lines.get(i))
                            + " columns wide:\n" + lines.get(i));
                    if (i > 0 && lines.get(i - 1).endsWith(".") && lines.get(i).strip().matches("[a-z]{2,}\\b.*")) {
                        throw new AssertionError(command + " " + lang + ": a word broken after its dot:\n" + lines.get(i - 1) + "\n" + lines.get(i));
                    }
                }
            }
        }
    }

    @Test
    void theHelpIsChineseUnlessEnglishIsAskedFor() {
        Cli zh = help(List.of("check"), "zh");
        assertTrue(zh.out().startsWith("审查年度报告：问题、依据、引文、整改建议和得分") && zh.out().contains("用法： ogi-audit check"), zh.out());
        assertTrue(zh.out().contains("审查年度报告，逐份列出机关、年度、得分和每一项问题") && zh.out().contains("选项：")
                && zh.out().contains("--profile=PROFILE") && zh.out().contains("评分口径：recommended（推荐，默认"), zh.out());
        Cli en = help(List.of("check"), "en");
        assertTrue(en.out().contains("Usage: ogi-audit check") && en.out().contains("Scoring profile: recommended (the default"), en.out());
        assertFalse(en.out().matches("(?s).*[审查报告问题选项].*"), "no Chinese words of the tool in the English help");
        Cli plain = Cli.run("check", "--help");
        assertEquals(zh.out(), plain.out(), "Chinese by default");
        assertEquals(zh.out(), Cli.run("help", "check").out(), "ogi-audit help check is the same manual");
    }

    /** The exit codes a command's help lists: the numbers of its "退出码" section. */
    private static List<Integer> exitCodes(String help) {
        List<Integer> out = new ArrayList<>();
        boolean in = false;
        for (String line : help.lines().toList()) {
            if (line.startsWith("退出码：")) { in = true; continue; }
            if (in && line.matches("\\s+\\d\\s+.*")) out.add(Integer.parseInt(line.strip().substring(0, 1)));
        }
        return out;
    }

    @Test
    void eachCommandListsItsOwnExitCodes() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5), exitCodes(help(List.of("check"), "zh").out()), "5: the history store");
        assertEquals(List.of(0, 1, 2, 3), exitCodes(help(List.of("facts"), "zh").out()), "facts writes no file: no 4");
        assertEquals(List.of(2), exitCodes(help(List.of("rules"), "zh").out()));
        assertEquals(List.of(0, 2, 3), exitCodes(help(List.of("rules", "list"), "zh").out()));
        assertEquals(List.of(0, 2, 3), exitCodes(help(List.of("rules", "check"), "zh").out()));
        assertEquals(List.of(0, 1, 2, 3), exitCodes(help(List.of("rules", "test"), "zh").out()), "a failed case is 1");
        assertEquals(List.of(0, 1, 2, 3), exitCodes(help(List.of("eval"), "zh").out()));
        assertEquals(List.of(0, 1, 2, 5), exitCodes(help(List.of("history"), "zh").out()), "history builds no rulebook: no 3");
        assertTrue(help(List.of("rules", "test"), "zh").out().contains("1   有用例未通过或有规则未被覆盖"));
    }

    @Test
    void aMistypedOptionNamesTheNearestOneAndAnIncompleteCommandIsAUsageError() {
        Cli typo = Cli.run("check", "--fromat", "json", "reports-in");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("ogi-audit：未知选项：--fromat"), typo.err());
        assertTrue(typo.err().contains("你是否想用：--format"), typo.err());
        assertTrue(typo.err().contains("完整说明：ogi-audit help check"), typo.err());
        Cli en = Cli.run("check", "--lang", "en", "--fromat", "json", "reports-in");
        assertTrue(en.err().contains("unknown option: --fromat") && en.err().contains("did you mean: --format"), en.err());
        Cli command = Cli.run("chek", "reports-in");
        assertEquals(2, command.exit());
        assertTrue(command.err().contains("你是否想用：check"), command.err());

        Cli rules = Cli.run("rules");
        assertEquals(2, rules.exit(), "rules without a subcommand is incomplete");
        assertTrue(rules.err().contains("请给出子命令：list、check 或 test") && rules.err().contains("用法： ogi-audit rules"), rules.err());
        Cli none = Cli.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("用法： ogi-audit"), none.err());
    }
}
