package org.ogiaudit.engine;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A compiled rulebook: the knowledge base sessions are made from, each rule's metadata, and what it was built from
 * (the folders and a SHA-256 of the DRL text) so that any result can be reproduced.
 */
public final class Rulebook {
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;
    private final String source;
    private final String sha256;
    private final boolean hasFindingsGlobal;
    private final List<RulebookProblem> warnings;
    private final List<String> overrides;
    private final List<java.nio.file.Path> folders;

    Rulebook(KieBase kieBase, Map<String, RuleInfo> rulesByName, String source, String sha256, boolean hasFindingsGlobal,
             List<RulebookProblem> warnings, List<String> overrides, List<java.nio.file.Path> folders) {
        this.kieBase = kieBase;
        this.rulesByName = Map.copyOf(rulesByName);
        this.source = source;
        this.sha256 = sha256;
        this.hasFindingsGlobal = hasFindingsGlobal;
        this.warnings = List.copyOf(warnings);
        this.overrides = List.copyOf(overrides);
        this.folders = List.copyOf(folders);
    }

    /** What the compiler and the metadata check warn about; the rulebook works, but an author should look. */
    public List<RulebookProblem> warnings() { return warnings; }

    /** Files of a later folder that replaced files of an earlier one. */
    public List<String> overrides() { return overrides; }

    /** The folders it was built from (empty for the packaged rulebook). */
    public List<java.nio.file.Path> folders() { return folders; }

    KieBase kieBase() { return kieBase; }

    boolean hasFindingsGlobal() { return hasFindingsGlobal; }

    /** Metadata of the DRL rule with this name, or null. */
    public RuleInfo rule(String ruleName) { return rulesByName.get(ruleName); }

    /** Every rule, ordered by id and name. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream()
                .sorted((a, b) -> a.id().equals(b.id()) ? a.name().compareTo(b.name()) : a.id().compareTo(b.id())).toList();
    }

    /** Where the DRL came from: folders, or "built-in". */
    public String source() { return source; }

    public String sha256() { return sha256; }
}
