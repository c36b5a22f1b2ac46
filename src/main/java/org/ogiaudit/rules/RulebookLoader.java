package org.ogiaudit.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.ogiaudit.model.BasisKind;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Regime;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Text;
import org.ogiaudit.vocabulary.VocabularyLoader;

/**
 * Builds a {@link Rulebook} at run time from a rules folder — {@code *.drl} and the reading vocabulary in
 * {@code vocabulary/*.txt} — or from the copy packaged in the jar.
 *
 * <p>Uses the knowledge builder's batch mode: no kmodule.xml, no Maven, errors located by file and line. When the
 * parser reports errors only those are shown, since one syntax error makes many follow-on errors elsewhere. Every
 * rule must carry {@code @id}, {@code @severity}, {@code @points}, {@code @category} and {@code @basisKind} (a rule of
 * {@code @decides("Absence")} excepted; a local rule also {@code @region}); {@code @regime} and {@code @organ}, when
 * given, must name known values, because the session enforces them; so must {@code @phase} ("report", the default, or
 * "cross" for the cross-report phase). A text missing in one language, or a message naming a value the consequence
 * never gives, is a warning with the rule's file and line: the rule still runs.
 */
public final class RulebookLoader {
    /** Where the jar keeps its copy of {@code rules/}. */
    static final String PACKAGED = "ogi-rules";
    /** The vocabulary's folder inside a rules folder. */
    public static final String VOCABULARY = "vocabulary";

    /** One DRL file: the name shown to authors and its text. */
    record DrlFile(String name, String text) { }

    /**
     * Builds the rulebook from the DRL and vocabulary files in {@code folders} (DRL not recursive: {@code tests/} holds
     * rule tests). A later folder overrides an earlier one file by file: {@code rules-local/怀化/timeliness.drl} replaces
     * {@code rules/timeliness.drl}, {@code …/vocabulary/period-cue.txt} replaces the vocabulary file of that name; files
     * with new names are added. When no folder has a vocabulary, the packaged one is used.
     */
    public Rulebook load(List<Path> folders) throws RulebookException {
        Map<String, DrlFile> byName = new LinkedHashMap<>();
        List<Text> overrides = new ArrayList<>();
        List<VocabularyLoader.VocabularyFile> vocabulary = new ArrayList<>();
        Map<String, String> vocabularyShown = new HashMap<>();
        for (Path folder : folders) {
            for (DrlFile f : readFolder(folder, folder.toString())) {
                DrlFile old = byName.put(fileName(f.name()), f);
                if (old != null) overrides.add(Text.of(f.name() + " 替换了 " + old.name(), f.name() + " replaces " + old.name()));
            }
            try {
                for (var v : VocabularyLoader.readFolder(folder.resolve(VOCABULARY), "")) {
                    String old = vocabularyShown.put(v.name(), v.shownAs());
                    if (old != null) overrides.add(Text.of(v.shownAs() + " 替换了 " + old, v.shownAs() + " replaces " + old));
                    vocabulary.add(v);
                }
            } catch (IOException e) {
                throw single("cannot read the vocabulary of " + folder + ": " + e.getMessage());
            }
        }
        List<Text> notes = new ArrayList<>();
        if (vocabulary.isEmpty()) {
            vocabulary = packagedVocabulary();
            notes.add(Text.of("没有任何规则目录含有 vocabulary/ 文件夹：使用程序包内置的词表",
                    "no rules folder has a vocabulary/ folder: the packaged vocabulary is used"));
        }
        return build(new ArrayList<>(byName.values()), vocabulary, String.join(", ", folders.stream().map(Path::toString).toList()),
                overrides, notes, folders);
    }

    /** Builds the rulebook packaged inside the jar, for running from any folder. */
    public Rulebook loadPackaged() throws RulebookException {
        return withPackaged((root, shown) -> build(readFolder(root, shown), VocabularyLoader.readFolder(root.resolve(VOCABULARY), shown + "/" + VOCABULARY),
                "built-in", List.of(), List.of(), List.of()));
    }

    private List<VocabularyLoader.VocabularyFile> packagedVocabulary() throws RulebookException {
        return withPackaged((root, shown) -> VocabularyLoader.readFolder(root.resolve(VOCABULARY), shown + "/" + VOCABULARY));
    }

    private interface PackagedReader<T> {
        T read(Path root, String shownAs) throws IOException, RulebookException;
    }

    /** Opens the jar's (or the classes folder's) copy of the rules for {@code reader}. */
    private static <T> T withPackaged(PackagedReader<T> reader) throws RulebookException {
        URL url = RulebookLoader.class.getClassLoader().getResource(PACKAGED);
        if (url == null) throw single("no rulebook is packaged in this build (" + PACKAGED + "/ missing)");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return reader.read(fs.getPath(PACKAGED), "built-in:" + PACKAGED);
                }
            }
            return reader.read(Path.of(uri), "built-in:" + PACKAGED);
        } catch (URISyntaxException | IOException e) {
            throw single("cannot read the packaged rulebook: " + e.getMessage());
        }
    }

    private static List<DrlFile> readFolder(Path folder, String shownAs) throws RulebookException {
        if (!Files.isDirectory(folder)) throw single("rules folder not found: " + shownAs);
        List<DrlFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = shownAs.startsWith("built-in:") ? shownAs + "/" + p.getFileName() : p.toString();
                out.add(new DrlFile(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw single("cannot read rules folder " + shownAs + ": " + e.getMessage());
        }
        if (out.isEmpty()) throw single("no .drl files in rules folder " + shownAs);
        return out;
    }

    Rulebook build(List<DrlFile> files, List<VocabularyLoader.VocabularyFile> vocabularyFiles, String source,
                   List<Text> overrides, List<Text> notes, List<Path> folders) throws RulebookException {
        List<RulebookProblem> problems = new ArrayList<>();
        List<RulebookProblem> warnings = new ArrayList<>();
        VocabularyLoader.Result vocabulary = VocabularyLoader.build(vocabularyFiles);
        for (var p : vocabulary.problems()) {
            (p.error() ? problems : warnings).add(new RulebookProblem(p.file(), p.line(), Text.of(p.messageZh(), p.message())));
        }

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        var batch = builder.batch();
        for (DrlFile f : files) {
            batch.add(ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8)).setSourcePath(f.name()),
                    ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            problems.addAll(0, problems(builder));
            throw new RulebookException(problems);
        }
        for (var w : builder.getResults(ResultSeverity.WARNING)) {
            String file = w.getResource() == null ? null : w.getResource().getSourcePath();
            int line = w.getLines() != null && w.getLines().length > 0 ? w.getLines()[0] : 0;
            warnings.add(new RulebookProblem(file, line, w.getMessage().strip()));
        }
        Map<String, Integer> ruleLines = new HashMap<>();
        Map<String, String> ruleSources = new HashMap<>();
        for (DrlFile f : files) ruleLines.putAll(ruleLines(f, ruleSources));

        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        boolean hasGlobal = false;
        for (var pkg : kieBase.getKiePackages()) {
            hasGlobal |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("findings"));
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = metadata(rule, ruleLines.getOrDefault(rule.getName(), 0), ruleSources.get(rule.getName()),
                        problems, warnings);
                if (info != null) rules.put(rule.getName(), info);
            }
        }
        problems.addAll(duplicateIds(rules.values()));
        if (rules.values().stream().allMatch(RuleInfo::isDecision) && problems.isEmpty()) {
            problems.add(new RulebookProblem(null, 0, Text.of("规则库中没有任何规则", "the rulebook holds no rules")));
        }
        if (!problems.isEmpty()) throw new RulebookException(problems);
        return new Rulebook(kieBase, rules, vocabulary.vocabulary(), source, sha256(files, vocabulary.files()), hasGlobal,
                warnings, overrides, notes, folders, vocabulary.files().stream().map(VocabularyLoader.VocabularyFile::shownAs).toList());
    }

    private static List<RulebookProblem> problems(KnowledgeBuilder builder) {
        List<KnowledgeBuilderError> errors = new ArrayList<>(builder.getErrors());
        List<KnowledgeBuilderError> parser = errors.stream().filter(e -> e instanceof ParserError).toList();
        List<RulebookProblem> out = new ArrayList<>();
        for (KnowledgeBuilderError e : parser.isEmpty() ? errors : parser) {
            String file = e.getResource() == null ? null : e.getResource().getSourcePath();
            int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
            out.add(new RulebookProblem(file, line, e.getMessage().strip()));
        }
        if (out.size() > 1) out.removeIf(p -> p.message().en().startsWith("Parser returned a null Package")); // a follow-on
        return out;
    }

    private static RuleInfo metadata(Rule rule, int line, String source, List<RulebookProblem> problems,
                                     List<RulebookProblem> warnings) {
        Map<String, Object> meta = rule.getMetaData();
        String file = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl r ? r.getResource() == null ? null
                : r.getResource().getSourcePath() : null;
        String where = "rule \"" + rule.getName() + "\"";
        // a decision rule decides what other rules' facts mean and reports under their ids: @decides("Absence")
        String decides = text(meta.get("decides"));
        if (decides != null) {
            Text message = texts(meta, "message", rule.getName(), file, line, warnings, false);
            checkValues(message, source, rule.getName(), file, line, warnings);
            return new RuleInfo(null, rule.getName(), texts(meta, "title", rule.getName(), file, line, warnings, false), Text.EMPTY, Severity.INFO, 0,
                    Category.COMPLETENESS, null, Text.EMPTY, message, Text.EMPTY, Set.of(), Set.of(), Set.of(), true,
                    "cross".equals(text(meta.get("phase"))), file, line);
        }
        String id = text(meta.get("id"));
        Severity severity = Severity.parse(text(meta.get("severity")));
        Category category = Category.parse(text(meta.get("category")));
        String basisText = text(meta.get("basisKind"));
        BasisKind basisKind = basisText == null ? null : parse(BasisKind.class, basisText);
        Integer points = null;
        try {
            if (meta.get("points") != null) points = Integer.valueOf(text(meta.get("points")).strip());
        } catch (NumberFormatException ignored) {
            // reported below
        }
        List<String> missing = new ArrayList<>();
        if (id == null || id.isBlank()) missing.add("@id(\"OGI-…\")");
        if (severity == null) missing.add("@severity(\"error\"|\"warning\"|\"info\")");
        if (points == null || points < 0) missing.add("@points(a whole number ≥ 0)");
        if (category == null) missing.add("@category(\"completeness\"|\"timeliness\"|\"consistency\"|\"format\")");
        if (basisKind == null) missing.add("@basisKind(\"statute\"|\"local\"|\"practice\")");
        Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        Set<OrganKind> organs = EnumSet.noneOf(OrganKind.class);
        String regimeText = text(meta.get("regime"));
        if (regimeText != null && !regimeText.strip().equalsIgnoreCase("all")) {
            for (String v : values(regimeText)) {
                Regime r = parse(Regime.class, v);
                if (r == null) missing.add("@regime(\"all\" or names among " + List.of(Regime.values()) + "; \"" + v + "\" is none)");
                else regimes.add(r);
            }
        }
        String organText = text(meta.get("organ"));
        if (organText != null && !organText.strip().equalsIgnoreCase("all")) {
            for (String v : values(organText)) {
                OrganKind o = parse(OrganKind.class, v);
                if (o == null) missing.add("@organ(names among " + List.of(OrganKind.values()) + "; \"" + v + "\" is none)");
                else organs.add(o);
            }
        }
        String regionText = text(meta.get("region"));
        Set<String> regions = regionText == null ? Set.of() : Set.copyOf(values(regionText));
        if (basisKind == BasisKind.LOCAL && regions.isEmpty()) {
            missing.add("@region(\"四川\"…: a local rule names where it applies)");
        }
        String phase = text(meta.get("phase"));
        if (phase != null && !phase.equals("report") && !phase.equals("cross")) {
            missing.add("@phase(\"report\" or \"cross\"; \"" + phase + "\" is neither)");
        }
        if (!missing.isEmpty()) {
            problems.add(new RulebookProblem(file, line, Text.of("规则“" + rule.getName() + "”缺少或写错了 " + String.join("、", missing),
                    where + " lacks or misspells " + String.join(", ", missing))));
            return null;
        }
        if (regimeText == null) {
            warnings.add(new RulebookProblem(file, line, Text.of("规则“" + rule.getName() + "”没有 @regime：它适用于全部报告（如确是如此，写 @regime(\"all\")）",
                    where + " has no @regime: it applies to every report (say @regime(\"all\") to confirm)")));
        }
        Text title = texts(meta, "title", rule.getName(), file, line, warnings, true);
        Text check = texts(meta, "check", rule.getName(), file, line, warnings, true);
        Text message = texts(meta, "message", rule.getName(), file, line, warnings, true);
        Text advice = texts(meta, "advice", rule.getName(), file, line, warnings, true);
        Text basis = texts(meta, "basis", rule.getName(), file, line, warnings, true);
        checkValues(message, source, rule.getName(), file, line, warnings);
        return new RuleInfo(id.strip(), rule.getName(), title, check, severity, points, category, basisKind, basis, message, advice,
                Set.copyOf(regimes), Set.copyOf(organs), regions, false, "cross".equals(phase), file, line);
    }

    /** What each text is for, in the warning of a rule that lacks it: Chinese, English. */
    private static final Map<String, String[]> TEXTS = Map.of(
            "title", new String[] {"问题将没有标题", "findings will show no title"},
            "check", new String[] {"通过或不适用的检查项将以问题标题显示", "a check that passed or did not apply shows its finding's title"},
            "message", new String[] {"问题只有标题，没有说明", "findings will say nothing beyond the title"},
            "advice", new String[] {"问题将没有整改建议", "findings will give no 整改建议"},
            "basis", new String[] {"问题将不引用任何依据", "findings will cite no basis"});

    /**
     * {@code @name} (Chinese) and {@code @nameEn} (English) as one text. A language left out shows the other one, and the
     * rule author is told, with the rule's file and line; {@code required} says whether leaving out both is worth a word.
     */
    private static Text texts(Map<String, Object> meta, String name, String ruleName, String file, int line,
                              List<RulebookProblem> warnings, boolean required) {
        String zh = text(meta.get(name));
        String en = text(meta.get(name + "En"));
        String where = "rule \"" + ruleName + "\"";
        String rule = "规则“" + ruleName + "”";
        if (zh == null && en == null) {
            if (required) {
                warnings.add(new RulebookProblem(file, line, Text.of(rule + "没有 @" + name + "（中文）和 @" + name + "En（英文）："
                        + TEXTS.get(name)[0], where + " has no @" + name + " (Chinese) and no @" + name + "En (English): " + TEXTS.get(name)[1])));
            }
            return Text.EMPTY;
        }
        if (zh == null) {
            warnings.add(new RulebookProblem(file, line, Text.of(rule + "没有中文文本 @" + name + "：中文读者将看到英文",
                    where + " has no @" + name + " (Chinese text): a Chinese reader sees the English one")));
        }
        if (en == null) {
            warnings.add(new RulebookProblem(file, line, Text.of(rule + "没有英文文本 @" + name + "En：--lang en 将显示中文",
                    where + " has no @" + name + "En (English text): --lang en shows the Chinese one")));
        }
        return Text.of(zh == null ? en : zh, en == null ? zh : en);
    }

    /**
     * The values a message names: both languages name the same ones, and the rule's consequence gives each
     * ({@code .with("name", …)}); otherwise a reader would see "{name}".
     */
    private static void checkValues(Text message, String source, String ruleName, String file, int line,
                                    List<RulebookProblem> warnings) {
        Set<String> zh = MessageTemplate.names(message.zh());
        Set<String> en = MessageTemplate.names(message.en());
        String where = "rule \"" + ruleName + "\"";
        String rule = "规则“" + ruleName + "”";
        if (!zh.equals(en)) {
            warnings.add(new RulebookProblem(file, line, Text.of(rule + "的 @message 用到 " + zh + "，而 @messageEn 用到 " + en
                    + "：两种语言应给出相同的值", where + ": @message names " + zh + " but @messageEn names " + en
                    + ": both languages should give the same values")));
        }
        Set<String> all = new java.util.TreeSet<>(zh);
        all.addAll(en);
        for (String name : all) {
            if (source != null && !source.contains("\"" + name + "\"")) {
                warnings.add(new RulebookProblem(file, line, Text.of(rule + "的消息用到 {" + name + "}，但其结论部分没有给出它（.with(\""
                        + name + "\", …)）：读者将看到 {" + name + "}", where + "'s message names {" + name + "}, but its consequence "
                        + "never gives it (.with(\"" + name + "\", …)): readers would see {" + name + "}")));
            }
        }
    }

    private static List<String> values(String text) {
        return Stream.of(text.split("[,;，；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) if (e.name().equals(v.strip().toUpperCase(Locale.ROOT))) return e;
        return null;
    }

    /**
     * An id names one check: rules sharing it must stand in one file (variants of the check, as OGI-DEADLINE's).
     * The id's home is the file with most of its rules; each rule using it elsewhere is reported.
     */
    private static List<RulebookProblem> duplicateIds(Collection<RuleInfo> rules) {
        Map<String, Map<String, List<RuleInfo>>> byIdAndFile = new TreeMap<>();
        for (RuleInfo r : rules) {
            if (r.isDecision()) continue;
            byIdAndFile.computeIfAbsent(r.id(), k -> new TreeMap<>())
                    .computeIfAbsent(String.valueOf(r.file()), k -> new ArrayList<>()).add(r);
        }
        List<RulebookProblem> out = new ArrayList<>();
        for (var byFile : byIdAndFile.values()) {
            if (byFile.size() < 2) continue;
            String home = byFile.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).get().getKey();
            for (var e : byFile.entrySet()) {
                if (e.getKey().equals(home)) continue;
                for (RuleInfo r : e.getValue()) {
                    out.add(new RulebookProblem(r.file(), r.line(), Text.of("规则“" + r.name() + "”重复使用了编号 " + r.id()
                            + "，它是 " + home + " 中 " + byFile.get(home).size() + " 条规则的编号：一个编号代表一项检查，请给这条规则"
                            + "另起编号（如要修改该项检查本身，请在你的规则目录中放一个同名文件 " + fileName(home) + " 替换它）",
                            "rule \"" + r.name() + "\" reuses id " + r.id() + ", the id of " + byFile.get(home).size()
                            + " rule(s) in " + home + ": an id names one check, give this rule an id of its own (to change the "
                            + "check itself, replace " + fileName(home) + " with a file of that name in your rules folder)")));
                }
            }
        }
        return out;
    }

    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*$");

    /**
     * Where each rule is declared, for messages a rule author can follow; {@code sources} gets each rule's text, from its
     * declaration to its {@code end}, to check that its consequence gives the values its message names.
     */
    private static Map<String, Integer> ruleLines(DrlFile f, Map<String, String> sources) {
        Map<String, Integer> out = new HashMap<>();
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_DECL.matcher(lines[i]);
            if (!m.find()) continue;
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            out.put(name, i + 1);
            StringBuilder text = new StringBuilder();
            for (int j = i; j < lines.length; j++) {
                text.append(lines[j]).append('\n');
                if (RULE_END.matcher(lines[j]).matches()) break;
            }
            sources.put(name, text.toString());
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) return null;
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    /**
     * The hash of what decides every result: the DRL and the vocabulary, by file name (not folder, so that the packaged
     * copy and rules/ hash alike) and text.
     */
    private static String sha256(List<DrlFile> files, List<VocabularyLoader.VocabularyFile> vocabulary) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Map<String, String> all = new TreeMap<>();
            for (DrlFile f : files) all.put(fileName(f.name()), f.text());
            for (var v : vocabulary) all.put(VOCABULARY + "/" + v.name(), v.text());
            all.forEach((name, text) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(String path) {
        if (path == null) return "";
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static RulebookException single(String message) {
        return new RulebookException(List.of(new RulebookProblem(null, 0, message)));
    }
}
