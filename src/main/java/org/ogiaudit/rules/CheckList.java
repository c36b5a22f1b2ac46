package org.ogiaudit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogiaudit.model.CheckResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Outcome;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;

/**
 * Every check of the rulebook on one report, whether or not it found anything: FAIL, UNCERTAIN, PASS, or NOT_APPLICABLE
 * with why. A report page and a notice list them so that a score of 100 can be told from a report little was checked
 * on; the session's own applicability ({@link Rulebook#applies}) decides, so the list and the findings never disagree.
 */
final class CheckList {
    private final Rulebook rulebook;

    /** Per check id, where its rules apply, in both languages: the same for every report, so said once. */
    private final Map<String, Text> scopes = new HashMap<>();

    CheckList(Rulebook rulebook) {
        this.rulebook = rulebook;
        rulebook.rulesById().forEach((id, rules) -> scopes.put(id, scopes(rules)));
    }

    List<CheckResult> of(Report report, List<Finding> findings) {
        List<CheckResult> out = new ArrayList<>();
        for (var e : rulebook.rulesById().entrySet()) {
            String id = e.getKey();
            List<RuleInfo> rules = e.getValue();
            // a cross-report check compares reports after the batch: a report alone neither passes nor fails it
            if (rules.stream().allMatch(RuleInfo::cross)) continue;
            List<Finding> found = findings.stream().filter(f -> f.getRule().equals(id)).toList();
            RuleInfo applying = rules.stream().filter(r -> rulebook.applies(r, report)).findFirst().orElse(null);
            if (!found.isEmpty()) {
                Finding first = found.stream().filter(f -> f.getStatus() == Status.FAIL).findFirst().orElse(found.get(0));
                RuleInfo reported = rulebook.rule(first.getRuleName());
                out.add(new CheckResult(id, first.getStatus() == Status.FAIL ? Outcome.FAIL : Outcome.UNCERTAIN,
                        name(reported == null ? null : reported.check(), first.getTitle()), first.getCategory(), first.getPoints(),
                        first.getBasisKind(), Text.EMPTY));
            } else if (applying != null) {
                out.add(new CheckResult(id, Outcome.PASS, name(applying.check(), applying.title()), applying.category(),
                        applying.points(), applying.basisKind(), Text.EMPTY));
            } else {
                RuleInfo r = rules.get(0);
                out.add(new CheckResult(id, Outcome.NOT_APPLICABLE, name(r.check(), r.title()), r.category(), r.points(),
                        r.basisKind(), why(scopes.get(id), report)));
            }
        }
        return out;
    }

    /** What is checked, or the finding's title when the rule does not say. */
    private static Text name(Text check, Text title) {
        return check == null || check.isEmpty() ? title : check;
    }

    /** "仅适用于2019年格式、2021年格式的部门报告；本报告为2007年《条例》、政府": where the check applies, and what this report is. */
    private static Text why(Text scopes, Report report) {
        return Text.of(why(scopes.zh(), report, Lang.ZH), why(scopes.en(), report, Lang.EN));
    }

    /** Where the rules of one check apply, each place once: "2019年格式、2021年格式的部门报告；四川2021年格式的报告". */
    private static Text scopes(List<RuleInfo> rules) {
        Set<String> zh = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        for (RuleInfo r : rules) {
            zh.add(r.scope(Lang.ZH));
            en.add(r.scope(Lang.EN));
        }
        return Text.of(String.join("；", zh), String.join("; ", en));
    }

    private static String why(String scopes, Report report, Lang lang) {
        String regime = report.getRegime() == null ? (lang == Lang.ZH ? "报告年度不明" : "report year unknown") : lang.label(report.getRegime());
        String self = regime + (lang == Lang.ZH ? "、" : ", ") + lang.label(report.getOrganKind())
                + (report.getDivision() == null ? "" : (lang == Lang.ZH ? "、" : ", ") + report.getDivision());
        return lang == Lang.ZH
                ? "仅适用于" + scopes + "；本报告：" + self
                : "applies only to " + scopes + "; this report: " + self;
    }

}
