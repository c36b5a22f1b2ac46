package org.ogiaudit.engine;

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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Severity;

/**
 * Builds a {@link Rulebook} from {@code *.drl} files on disk (or the copy packaged in the jar), at run time.
 *
 * <p>Uses the knowledge builder's batch mode: no kmodule.xml, no Maven, errors located by file and line. When the
 * parser reports errors only those are shown, since one syntax error makes many follow-on errors elsewhere. Every
 * rule must carry {@code @id}, {@code @severity}, {@code @points} and {@code @category}; a rule without them is an
 * error too, because the engine could not score or explain its findings.
 */
public final class RulebookLoader {
    /** Where the jar keeps its copy of {@code rules/}. */
    static final String PACKAGED = "ogi-rules";

    /** One DRL file: the name shown to authors and its text. */
    record DrlFile(String name, String text) { }

    /**
     * Builds the rulebook from the DRL files in {@code folders} (not recursive: {@code tests/} holds rule tests).
     * A later folder overrides an earlier one file by file: {@code rules-local/怀化/timeliness.drl} replaces
     * {@code rules/timeliness.drl}; files with new names are added.
     */
    public Rulebook load(List<Path> folders) throws RulebookException {
        Map<String, DrlFile> byName = new LinkedHashMap<>();
        List<String> overrides = new ArrayList<>();
        for (Path folder : folders) {
            for (DrlFile f : readFolder(folder, folder.toString())) {
                DrlFile old = byName.put(fileName(f), f);
                if (old != null) overrides.add(f.name() + " replaces " + old.name());
            }
        }
        return build(new ArrayList<>(byName.values()), String.join(", ", folders.stream().map(Path::toString).toList()),
                overrides, folders);
    }

    /** Builds the rulebook packaged inside the jar, for running from any folder. */
    public Rulebook loadPackaged() throws RulebookException {
        URL url = RulebookLoader.class.getClassLoader().getResource(PACKAGED);
        if (url == null) throw single("no rulebook is packaged in this build (" + PACKAGED + "/ missing)");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return build(readFolder(fs.getPath(PACKAGED), "built-in:" + PACKAGED), "built-in", List.of(), List.of());
                }
            }
            return build(readFolder(Path.of(uri), "built-in:" + PACKAGED), "built-in", List.of(), List.of());
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

    Rulebook build(List<DrlFile> files, String source, List<String> overrides, List<Path> folders) throws RulebookException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        var batch = builder.batch();
        for (DrlFile f : files) {
            batch.add(ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8)).setSourcePath(f.name()),
                    ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) throw new RulebookException(problems(builder));
        List<RulebookProblem> warnings = new ArrayList<>();
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
        List<RulebookProblem> problems = new ArrayList<>();
        boolean hasGlobal = false;
        for (var pkg : kieBase.getKiePackages()) {
            hasGlobal |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("findings"));
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = metadata(rule, ruleLines.getOrDefault(rule.getName(), 0), problems, warnings);
                if (info != null) rules.put(rule.getName(), info);
            }
        }
        problems.addAll(duplicateIds(rules.values()));
        if (rules.isEmpty() && problems.isEmpty()) problems.add(new RulebookProblem(null, 0, "the rulebook holds no rules"));
        if (!problems.isEmpty()) throw new RulebookException(problems);
        return new Rulebook(kieBase, rules, source, sha256(files), hasGlobal, warnings, overrides, folders);
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
        if (!missing.isEmpty()) {
            problems.add(new RulebookProblem(file, line, where + " lacks or misspells " + String.join(", ", missing)));
            return null;
        }
        if (text(meta.get("title")) == null) warnings.add(new RulebookProblem(file, line, where + " has no @title: findings will show none"));
        if (text(meta.get("basis")) == null) warnings.add(new RulebookProblem(file, line, where + " has no @basis: findings will cite no legal basis"));
        return new RuleInfo(id.strip(), rule.getName(), text(meta.get("title")), severity, points, category,
                text(meta.get("basis")), text(meta.get("regime")), file, line);
    }

    /**
     * An id names one check: rules sharing it must stand in one file (variants of the check, as OGI-DEADLINE's).
     * The id's home is the file with most of its rules; each rule using it elsewhere is reported.
     */
    private static List<RulebookProblem> duplicateIds(java.util.Collection<RuleInfo> rules) {
        Map<String, Map<String, List<RuleInfo>>> byIdAndFile = new java.util.TreeMap<>();
        for (RuleInfo r : rules) {
            byIdAndFile.computeIfAbsent(r.id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(r.file()), k -> new ArrayList<>()).add(r);
        }
        List<RulebookProblem> out = new ArrayList<>();
        for (var byFile : byIdAndFile.values()) {
            if (byFile.size() < 2) continue;
            String home = byFile.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                    .get().getKey();
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

    private static final java.util.regex.Pattern RULE_DECL = java.util.regex.Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    /** Where each rule is declared, for messages a rule author can follow. */
    private static Map<String, Integer> ruleLines(DrlFile f) {
        Map<String, Integer> out = new HashMap<>();
        String[] lines = f.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var m = RULE_DECL.matcher(lines[i]);
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

    private static String sha256(List<DrlFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.stream().sorted((a, b) -> fileName(a).compareTo(fileName(b))).forEach(f -> {
                md.update(fileName(f).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash covers file names, not folders, so the packaged copy and rules/ hash alike. */
    private static String fileName(DrlFile f) {
        return fileName(f.name());
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
