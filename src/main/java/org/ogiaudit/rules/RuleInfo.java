package org.ogiaudit.rules;

import java.util.Set;
import java.util.stream.Collectors;
import org.ogiaudit.model.BasisKind;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Regime;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Text;

/**
 * One DRL rule's metadata, as written by its author:
 * {@code @id("OGI-DEADLINE") @severity("error") @points(15) @category("timeliness") @basisKind("statute")
 * @regime("REGS_2007") @organ("DEPARTMENT") @region("四川") @title("…") @titleEn("…") @check("…") @checkEn("…")
 * @message("…") @messageEn("…")
 * @advice("…") @adviceEn("…") @basis("…") @basisEn("…")}. Every text is held in both languages; a language the author
 * left out shows the other one (and {@code rules check} warns).
 *
 * @param title     what is wrong, as a finding's heading: "缺少主动公开政府信息情况"
 * @param check     what is checked, as a check that passed or did not apply is listed: "主动公开政府信息情况" (a
 *                  passed check titled by its failure would read as a problem)
 * @param basisKind what the rule rests on: a Regulation or format notice, a local rule, or practice
 * @param message   the message, with {@code {name}} where the consequence's values go
 * @param advice    what the organ should add or correct (整改建议)
 * @param regimes   the regimes the rule applies to (empty: every report, including one whose year is unknown);
 *                  enforced by the session, so that conditions need not repeat it
 * @param organs    the organ kinds it applies to (empty: all)
 * @param regions   the places it applies in (empty: everywhere); a rule with a region takes the place of the rules of its
 *                  id without one, on the reports of that place (see {@link Rulebook#applies})
 * @param decision  true for a rule of {@code @decides("Absence")}: it decides what other rules' facts mean (an
 *                  {@code Absence}) and reports under their ids, so it carries no id, points or basis of its own
 * @param cross     true for a rule of {@code @phase("cross")}: it runs in the cross-report phase, over comparisons of
 *                  two reports, never in a report's own session (and no report rule runs there)
 * @param file      the DRL file it is declared in
 * @param line      the line of its {@code rule "…"} declaration, 0 when unknown
 */
public record RuleInfo(String id, String name, Text title, Text check, Severity severity, int points, Category category,
                       BasisKind basisKind, Text basis, Text message, Text advice, Set<Regime> regimes,
                       Set<OrganKind> organs, Set<String> regions, boolean decision, boolean cross, String file, int line) {

    /** True when the rule applies to {@code report} by its regime, organ kind and region. */
    public boolean appliesTo(Report report) {
        return appliesTo(report.getRegime(), report.getOrganKind()) && (regions.isEmpty() || regions.stream().anyMatch(report::isIn));
    }

    /** True when the rule applies to a report of this regime (null: unknown) and organ kind, wherever it is. */
    public boolean appliesTo(Regime regime, OrganKind organ) {
        if (!regimes.isEmpty() && (regime == null || !regimes.contains(regime))) return false;
        return organs.isEmpty() || organs.contains(organ);
    }

    /** "all", or "FORMAT_2019, FORMAT_2021; GOVERNMENT, TOWNSHIP; 四川": where it applies, as metadata writes it. */
    public String appliesTo() {
        String r = regimes.isEmpty() ? "all" : regimes.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        if (!organs.isEmpty()) r += "; " + organs.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        if (!regions.isEmpty()) r += "; " + regions.stream().sorted().collect(Collectors.joining(", "));
        if (cross) r += " (across reports)";
        return r;
    }

    /**
     * Where it applies, for a reader: "2019年格式、2021年格式的部门报告" / "reports under the 2019 format, 2021 format of a
     * department"; "全部报告" / "all reports" for a rule that applies everywhere; a cross-report rule says so.
     */
    public String scope(Lang lang) {
        String sep = lang == Lang.ZH ? "、" : ", ";
        String regimeText = regimes.stream().sorted().map(lang::label).collect(Collectors.joining(sep));
        String organText = organs.stream().sorted().map(lang::label).collect(Collectors.joining(lang == Lang.ZH ? "、" : " or "));
        String regionText = regions.stream().sorted().collect(Collectors.joining(sep));
        String across = cross ? (lang == Lang.ZH ? "（跨报告比较）" : " (compared across reports)") : "";
        if (regimeText.isEmpty() && organText.isEmpty() && regionText.isEmpty()) return (lang == Lang.ZH ? "全部报告" : "all reports") + across;
        if (lang == Lang.ZH) {
            return regionText + regimeText + (organText.isEmpty() ? "" : (regimeText.isEmpty() && regionText.isEmpty() ? "" : "的")
                    + organText) + "报告" + across;
        }
        return "reports" + (regimeText.isEmpty() ? "" : " under the " + regimeText) + (organText.isEmpty() ? "" : " of a " + organText)
                + (regionText.isEmpty() ? "" : " in " + regionText) + across;
    }

    public boolean isDecision() { return decision; }

    /** True for a rule that applies only in some places. */
    public boolean isRegional() { return !regions.isEmpty(); }
}
