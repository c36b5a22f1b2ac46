package org.ogiaudit.rules;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
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
    private final List<String> overrides;
    private final List<String> notes;
    private final List<Path> folders;
    private final List<String> vocabularyFiles;

    Rulebook(KieBase kieBase, Map<String, RuleInfo> rulesByName, Vocabulary vocabulary, String source, String sha256,
             boolean hasFindingsGlobal, List<RulebookProblem> warnings, List<String> overrides, List<String> notes,
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
    }

    /** What the compiler and the metadata check warn about; the rulebook works, but an author should look. */
    public List<RulebookProblem> warnings() { return warnings; }

    /** Files of a later folder that replaced files of an earlier one. */
    public List<String> overrides() { return overrides; }

    /** Remarks on how the rulebook was put together (a vocabulary taken from the jar, for one). */
    public List<String> notes() { return notes; }

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
