package org.ogiaudit.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads the vocabulary files of a rulebook: {@code vocabulary/*.txt} beside the DRL, one Java regular expression per
 * line (a plain word matches itself), {@code #} starting a comment line, {@code !} starting an exclusion. A later
 * rules folder replaces a file of the same name and adds new ones, as it does DRL files.
 *
 * <p>Every problem is located for the rule author ("rules/vocabulary/period-cue.txt:12: …"): a pattern that does not
 * compile, a file the extractor needs that no folder has, a file the extractor does not know (a misspelt name).
 */
public final class VocabularyLoader {
    /** A file's name (for overriding), the path shown to authors, and its text. */
    public record VocabularyFile(String name, String shownAs, String text) { }

    /** A problem located in a vocabulary file; {@code error} false for a warning. */
    /**
     * What is wrong with a vocabulary file, for its author: in English and in Chinese, since the authors are Chinese
     * legal staff and {@code rules check} speaks their language.
     */
    public record Problem(String file, int line, String message, String messageZh, boolean error) { }

    /** The loaded vocabulary, the files it came from (for the rulebook's hash) and what is wrong with them. */
    public record Result(Vocabulary vocabulary, List<VocabularyFile> files, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::error);
        }
    }

    private VocabularyLoader() { }

    /** The vocabulary files in {@code folder} (its {@code vocabulary/} subfolder), sorted by name; none when it has none. */
    public static List<VocabularyFile> readFolder(Path vocabularyFolder, String shownAs) throws IOException {
        List<VocabularyFile> out = new ArrayList<>();
        if (!Files.isDirectory(vocabularyFolder)) return out;
        try (Stream<Path> s = Files.list(vocabularyFolder)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(new VocabularyFile(name, shownAs.isEmpty() ? p.toString() : shownAs + "/" + name,
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Builds the vocabulary from files in override order: a later file of the same name replaces an earlier one. */
    public static Result build(List<VocabularyFile> inOrder) {
        Map<String, VocabularyFile> byName = new LinkedHashMap<>();
        for (VocabularyFile f : inOrder) byName.put(f.name(), f);
        List<Problem> problems = new ArrayList<>();
        Map<ConceptName, List<Term>> terms = new EnumMap<>(ConceptName.class);
        for (VocabularyFile f : byName.values()) {
            ConceptName concept = ConceptName.ofFile(f.name());
            if (concept == null) {
                problems.add(new Problem(f.shownAs(), 0, "the extractor reads no concept from a file of this name "
                        + "(is it misspelt? the concepts are listed by `ogi-audit rules list`)",
                        "没有哪个概念使用这个文件名（是否拼错了？概念列表见 ogi-audit rules list）", false));
                continue;
            }
            terms.put(concept, parse(f, problems));
        }
        for (ConceptName c : ConceptName.values()) {
            if (!byName.containsKey(c.fileName())) {
                problems.add(new Problem("vocabulary/" + c.fileName(), 0, "missing: the extractor needs it (" + c.getEnglish() + ")",
                        "缺少此文件：读取报告需要它（" + c.getChinese() + "）", true));
            }
        }
        return new Result(new Vocabulary(terms), List.copyOf(byName.values()), problems);
    }

    private static List<Term> parse(VocabularyFile f, List<Problem> problems) {
        List<Term> out = new ArrayList<>();
        String[] lines = f.text().replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("\uFEFF")) line = line.substring(1).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            boolean exclusion = line.startsWith("!");
            String regex = exclusion ? line.substring(1).strip() : line;
            if (regex.isEmpty()) {
                problems.add(new Problem(f.shownAs(), i + 1, "\"!\" without a pattern after it", "“!”后面没有表达式", true));
                continue;
            }
            try {
                Pattern p = Pattern.compile(regex);
                if (p.matcher("").matches() && !regex.startsWith("^")) {
                    problems.add(new Problem(f.shownAs(), i + 1, "the pattern \"" + regex + "\" matches empty text, so it "
                            + "matches everywhere", "表达式“" + regex + "”能匹配空文本，因而处处都匹配", false));
                }
                out.add(new Term(p, exclusion, f.shownAs(), i + 1));
            } catch (PatternSyntaxException e) {
                problems.add(new Problem(f.shownAs(), i + 1, "not a valid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : "") + " in \"" + regex + "\"",
                        "不是有效的正则表达式：" + e.getDescription() + (e.getIndex() >= 0 ? "（第" + (e.getIndex() + 1) + "个字符处）" : "")
                        + "，表达式为“" + regex + "”", true));
            }
        }
        return out;
    }
}
