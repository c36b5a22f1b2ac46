package org.ogiaudit.rules;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Text;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * A compiled rulebook: the knowledge base sessions are made from, each rule's metadata, the reading vocabulary, and
 * what it was built from (the folders and a SHA-256 of the DRL and vocabulary text) so that any result can be
 * reproduced.
 */
public final class Rulebook {
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;
    private final Vocabulary vocabulary;
    private final String source;
    private final String sha256;
    private final boolean hasFindingsGlobal;
    private final List<RulebookProblem> warnings;
    private final List<Text> overrides;
    private final List<Text> notes;
    private final List<Path> folders;
    private final List<String> vocabularyFiles;
    /** The rules with a {@code @region}, by id: where one applies, the id's rules without a region do not. */
    private final Map<String, List<RuleInfo>> regionalById;
    /** Every rule that reports under an id, by id in id order, each id's rules by name. */
    private final Map<String, List<RuleInfo>> rulesById;

    Rulebook(KieBase kieBase, Map<String, RuleInfo> rulesByName, Vocabulary vocabulary, String source, String sha256,
             boolean hasFindingsGlobal, List<RulebookProblem> warnings, List<Text> overrides, List<Text> notes,
             List<Path> folders, List<String> vocabularyFiles) {
        this.kieBase = kieBase;
        this.rulesByName = Map.copyOf(rulesByName);
        this.vocabulary = vocabulary;
        this.source = source;
        this.sha256 = sha256;
        this.hasFindingsGlobal = hasFindingsGlobal;
        this.warnings = List.copyOf(warnings);
        this.overrides = List.copyOf(overrides);
        this.notes = List.copyOf(notes);
        this.folders = List.copyOf(folders);
        this.vocabularyFiles = List.copyOf(vocabularyFiles);
        this.regionalById = this.rulesByName.values().stream().filter(r -> !r.isDecision() && r.isRegional())
                .collect(Collectors.groupingBy(RuleInfo::id));
        this.rulesById = rules().stream().collect(Collectors.groupingBy(RuleInfo::id, java.util.TreeMap::new, Collectors.toList()));
    }

    /**
     * True when {@code rule} applies to {@code report}: by its own regime, organ kind and region, and — for a rule
     * without a region — when no rule of its id made for the report's place applies, since a local rule of an id takes
     * the place of the general one where it applies (四川's standard for the statistics period, say, where the general
     * rule cites practice). Decision rules apply everywhere.
     */
    public boolean applies(RuleInfo rule, Report report) {
        if (rule.isDecision()) return true;
        if (!rule.appliesTo(report)) return false;
        if (rule.isRegional()) return true;
        return regionalById.getOrDefault(rule.id(), List.of()).stream().noneMatch(r -> r.appliesTo(report));
    }

    /** Every id with the rules that report under it: ids in order, each id's rules ordered by name. */
    public Map<String, List<RuleInfo>> rulesById() { return rulesById; }

    /** What the compiler and the metadata check warn about; the rulebook works, but an author should look. */
    public List<RulebookProblem> warnings() { return warnings; }

    /** Files of a later folder that replaced files of an earlier one. */
    public List<Text> overrides() { return overrides; }

    /** Remarks on how the rulebook was put together (a vocabulary taken from the jar, for one). */
    public List<Text> notes() { return notes; }

    /** The folders it was built from (empty for the packaged rulebook). */
    public List<Path> folders() { return folders; }

    /** The reading vocabulary the extractor uses with these rules. */
    public Vocabulary vocabulary() { return vocabulary; }

    /** The vocabulary files in use, as shown to authors. */
    public List<String> vocabularyFiles() { return vocabularyFiles; }

    KieBase kieBase() { return kieBase; }

    boolean hasFindingsGlobal() { return hasFindingsGlobal; }

    /** Metadata of the DRL rule with this name, or null. */
    public RuleInfo rule(String ruleName) { return rulesByName.get(ruleName); }

    /** Every rule that reports under an id (decision rules left out), ordered by id and name. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream().filter(r -> !r.isDecision())
                .sorted(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::name)).toList();
    }

    /** The rules of {@code @decides("Absence")}, ordered by name. */
    public List<RuleInfo> decisionRules() {
        return rulesByName.values().stream().filter(RuleInfo::isDecision).sorted(Comparator.comparing(RuleInfo::name)).toList();
    }

    /** Where the rules came from: folders, or "built-in". */
    public String source() { return source; }

    public String sha256() { return sha256; }
}
