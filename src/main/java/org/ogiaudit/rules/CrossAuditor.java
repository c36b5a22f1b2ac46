package org.ogiaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.ogiaudit.model.Comparison;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;

/**
 * The cross-report phase's rule session: the rules of {@code @phase("cross")} over the comparisons of one report with
 * others (carry-over, documents in force, shared wording). One fresh session per report, as for a report's own checks,
 * so that a phase over a national batch holds one report's comparisons at a time. {@code @regime} and {@code @organ} are
 * enforced on the comparison's subject.
 */
public final class CrossAuditor {
    private final Rulebook rulebook;

    public CrossAuditor(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** True when the rulebook has cross-report rules at all: without them the phase has nothing to decide. */
    public boolean hasRules() {
        return rulebook.rules().stream().anyMatch(RuleInfo::cross);
    }

    /**
     * The findings on {@code subject} from its comparisons. A rule that throws is reported as UNCERTAIN on the subject
     * (naming the first comparison) and the others still run.
     */
    public List<CrossFinding> audit(CrossReport subject, List<? extends Comparison> comparisons) {
        if (comparisons.isEmpty()) return List.of();
        FindingCollector collector = new FindingCollector(rulebook);
        KieSession session = rulebook.kieBase().newKieSession();
        List<CrossFinding> failures = new ArrayList<>();
        try {
            if (rulebook.hasFindingsGlobal()) session.setGlobal("findings", collector);
            for (Comparison c : comparisons) session.insert(c);
            AgendaFilter crossOnly = match -> {
                RuleInfo info = rulebook.rule(match.getRule().getName());
                return info != null && info.cross() && info.appliesTo(subject.getRegime(), subject.getOrganKind());
            };
            for (int attempt = 0; attempt <= Auditor.MAX_FAILED_RULES; attempt++) {
                try {
                    if (session.fireAllRules(crossOnly, Auditor.MAX_FIRINGS) < Auditor.MAX_FIRINGS) break;
                    failures.add(failed(subject, comparisons.get(0), null,
                            Text.of("跨报告规则反复触发，已被停止", "the cross-report rules kept firing and were stopped")));
                    break;
                } catch (ConsequenceException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    String why = String.valueOf(cause.getMessage());
                    failures.add(failed(subject, comparisons.get(0), e.getMatch().getRule().getName(), Text.of(why, why)));
                }
            }
        } finally {
            session.dispose();
        }
        List<CrossFinding> out = new ArrayList<>(collector.crossFindings());
        out.addAll(failures);
        out.sort(Comparator.comparing((CrossFinding f) -> f.finding().getStatus()).thenComparing(f -> f.finding().getRule())
                .thenComparing(f -> f.other().getKey()).thenComparing(f -> f.finding().getMessage().zh()));
        return out;
    }

    private CrossFinding failed(CrossReport subject, Comparison c, String ruleName, Text why) {
        RuleInfo info = ruleName == null ? null : rulebook.rule(ruleName);
        if (info == null || info.isDecision()) {
            info = rulebook.rules().stream().filter(RuleInfo::cross).findFirst().orElseThrow();
        }
        var f = new org.ogiaudit.model.Finding(info.id(), info.name(), Status.UNCERTAIN, info.severity(), info.points(),
                info.category(), info.basisKind(), info.basis(), info.title(),
                Text.of("规则在这一比较上运行失败，未予适用：", "the rule failed on this comparison and was not applied: ").plus(why),
                info.advice(), List.of());
        return new CrossFinding(f, subject, c.getOther(), List.of());
    }
}
