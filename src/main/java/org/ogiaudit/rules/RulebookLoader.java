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
import org.ogiaudit.model.Category;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Regime;
import org.ogiaudit.model.Severity;
import org.ogiaudit.vocabulary.VocabularyLoader;

/**
 * Builds a {@link Rulebook} at run time from a rules folder — {@code *.drl} and the reading vocabulary in
 * {@code vocabulary/*.txt} — or from the copy packaged in the jar.
 *
 * <p>Uses the knowledge builder's batch mode: no kmodule.xml, no Maven, errors located by file and line. When the
 * parser reports errors only those are shown, since one syntax error makes many follow-on errors elsewhere. Every
 * rule must carry {@code @id}, {@code @severity}, {@code @points} and {@code @category} (a rule of
 * {@code @decides("Absence")} excepted); {@code @regime} and {@code @organ}, when given, must name known values, because
 * the session enforces them; so must {@code @phase} ("report", the default, or "cross" for the cross-report phase).
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
        List<String> overrides = new ArrayList<>();
        List<VocabularyLoader.VocabularyFile> vocabulary = new ArrayList<>();
        Map<String, String> vocabularyShown = new HashMap<>();
        for (Path folder : folders) {
            for (DrlFile f : readFolder(folder, folder.toString())) {
                DrlFile old = byName.put(fileName(f.name()), f);
                if (old != null) overrides.add(f.name() + " replaces " + old.name());
            }
            try {
                for (var v : VocabularyLoader.readFolder(folder.resolve(VOCABULARY), "")) {
                    String old = vocabularyShown.put(v.name(), v.shownAs());
                    if (old != null) overrides.add(v.shownAs() + " replaces " + old);
                    vocabulary.add(v);
                }
            } catch (IOException e) {
                throw single("cannot read the vocabulary of " + folder + ": " + e.getMessage());
            }
        }
        List<String> notes = new ArrayList<>();
        if (vocabulary.isEmpty()) {
            vocabulary = packagedVocabulary();
            notes.add("no rules folder has a vocabulary/ folder: the packaged vocabulary is used");
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
                   List<String> overrides, List<String> notes, List<Path> folders) throws RulebookException {
        List<RulebookProblem> problems = new ArrayList<>();
        List<RulebookProblem> warnings = new ArrayList<>();
        VocabularyLoader.Result vocabulary = VocabularyLoader.build(vocabularyFiles);
        for (var p : vocabulary.problems()) {
            (p.error() ? problems : warnings).add(new RulebookProblem(p.file(), p.line(), p.message()));
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
        for (DrlFile f : files) ruleLines.putAll(ruleLines(f));

        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        boolean hasGlobal = false;
        for (var pkg : kieBase.getKiePackages()) {
            hasGlobal |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("findings"));
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = metadata(rule, ruleLines.getOrDefault(rule.getName(), 0), problems, warnings);
                if (info != null) rules.put(rule.getName(), info);
            }
        }
        problems.addAll(duplicateIds(rules.values()));
        if (rules.values().stream().allMatch(RuleInfo::isDecision) && problems.isEmpty()) {
            problems.add(new RulebookProblem(null, 0, "the rulebook holds no rules"));
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
        if (out.size() > 1) out.removeIf(p -> p.message().startsWith("Parser returned a null Package")); // a follow-on
        return out;
    }

    private static RuleInfo metadata(Rule rule, int line, List<RulebookProblem> problems, List<RulebookProblem> warnings) {
        Map<String, Object> meta = rule.getMetaData();
        String file = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl r ? r.getResource() == null ? null
                : r.getResource().getSourcePath() : null;
        String where = "rule \"" + rule.getName() + "\"";
        // a decision rule decides what other rules' facts mean and reports under their ids: @decides("Absence")
        String decides = text(meta.get("decides"));
        if (decides != null) {
            return new RuleInfo(null, rule.getName(), text(meta.get("title")), Severity.INFO, 0, Category.COMPLETENESS, null,
                    Set.of(), Set.of(), true, "cross".equals(text(meta.get("phase"))), file, line);
        }
        String id = text(meta.get("id"));
        Severity severity = Severity.parse(text(meta.get("severity")));
        Category category = Category.parse(text(meta.get("category")));
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
        String phase = text(meta.get("phase"));
        if (phase != null && !phase.equals("report") && !phase.equals("cross")) {
            missing.add("@phase(\"report\" or \"cross\"; \"" + phase + "\" is neither)");
        }
        if (!missing.isEmpty()) {
            problems.add(new RulebookProblem(file, line, where + " lacks or misspells " + String.join(", ", missing)));
            return null;
        }
        if (regimeText == null) {
            warnings.add(new RulebookProblem(file, line, where + " has no @regime: it applies to every report (say @regime(\"all\") to confirm)"));
        }
        if (text(meta.get("title")) == null) warnings.add(new RulebookProblem(file, line, where + " has no @title: findings will show none"));
        if (text(meta.get("basis")) == null) warnings.add(new RulebookProblem(file, line, where + " has no @basis: findings will cite no legal basis"));
        return new RuleInfo(id.strip(), rule.getName(), text(meta.get("title")), severity, points, category,
                text(meta.get("basis")), Set.copyOf(regimes), Set.copyOf(organs), false, "cross".equals(phase), file, line);
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
                    out.add(new RulebookProblem(r.file(), r.line(), "rule \"" + r.name() + "\" reuses id " + r.id()
                            + ", the id of " + byFile.get(home).size() + " rule(s) in " + home + ": an id names one check, "
                            + "give this rule an id of its own (to change the check itself, replace " + fileName(home)
                            + " with a file of that name in your rules folder)"));
                }
            }
        }
        return out;
    }

    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /** Where each rule is declared, for messages a rule author can follow. */
    private static Map<String, Integer> ruleLines(DrlFile f) {
        Map<String, Integer> out = new HashMap<>();
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_DECL.matcher(lines[i]);
            if (m.find()) out.put(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3), i + 1);
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
