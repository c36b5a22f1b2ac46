package org.ogiaudit.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Regime;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Severity;

/**
 * One DRL rule's metadata, as written by its author:
 * {@code @id("OGI-DEADLINE") @severity("error") @points(15) @category("timeliness") @regime("REGS_2007")
 * @organ("DEPARTMENT") @basis("…") @title("…")}.
 *
 * @param regimes  the regimes the rule applies to (empty: every report, including one whose year is unknown);
 *                 enforced by the session, so that conditions need not repeat it
 * @param organs   the organ kinds it applies to (empty: all)
 * @param decision true for a rule of {@code @decides("Absence")}: it decides what other rules' facts mean (an
 *                 {@code Absence}) and reports under their ids, so it carries no id, points or basis of its own
 * @param cross    true for a rule of {@code @phase("cross")}: it runs in the cross-report phase, over comparisons of
 *                 two reports, never in a report's own session (and no report rule runs there)
 * @param file     the DRL file it is declared in
 * @param line     the line of its {@code rule "…"} declaration, 0 when unknown
 */
public record RuleInfo(String id, String name, String title, Severity severity, int points, Category category,
                       String basis, Set<Regime> regimes, Set<OrganKind> organs, boolean decision, boolean cross, String file,
                       int line) {

    /** True when the rule applies to {@code report} by its regime and organ kind. */
    public boolean appliesTo(Report report) {
        return appliesTo(report.getRegime(), report.getOrganKind());
    }

    /** True when the rule applies to a report of this regime (null: unknown) and organ kind. */
    public boolean appliesTo(Regime regime, OrganKind organ) {
        if (!regimes.isEmpty() && (regime == null || !regimes.contains(regime))) return false;
        return organs.isEmpty() || organs.contains(organ);
    }

    /** "all", or "FORMAT_2019, FORMAT_2021; GOVERNMENT, TOWNSHIP": where it applies, for a person. */
    public String appliesTo() {
        String r = regimes.isEmpty() ? "all" : regimes.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        if (cross) r += " (across reports)";
        return organs.isEmpty() ? r : r + "; " + organs.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    public boolean isDecision() { return decision; }
}
