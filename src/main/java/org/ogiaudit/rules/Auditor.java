package org.ogiaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.kie.api.runtime.rule.AgendaFilter;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.ogiaudit.model.CheckResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Text;

/**
 * Runs the rulebook over one report's facts in a fresh session and returns the findings, ordered for reading
 * (FAIL before UNCERTAIN, then by rule id).
 */
public final class Auditor {
    /** Rule firings allowed for one report: far above what the shipped rules need, low enough to stop a loop. */
    static final int MAX_FIRINGS = 10_000;
    /** Failing rules tolerated on one report before giving up on it. */
    static final int MAX_FAILED_RULES = 50;

    private final Rulebook rulebook;
    private final CheckList checkList;

    public Auditor(Rulebook rulebook) {
        this.rulebook = rulebook;
        this.checkList = new CheckList(rulebook);
    }

    /**
     * Every check of the rulebook on this report with what it concluded, {@code findings} being what {@link #audit}
     * found: FAIL, UNCERTAIN, PASS, or NOT_APPLICABLE with why.
     */
    public List<CheckResult> checks(ReportFacts facts, List<Finding> findings) {
        return checkList.of(facts.getReport(), findings);
    }

    public Rulebook rulebook() { return rulebook; }

    /**
     * The findings for one report. A rule whose consequence throws, or which keeps re-firing, is reported as failed on
     * this report (an UNCERTAIN finding naming it) and the other rules still run; only a failure outside any one rule
     * (a broken fact, a condition that throws) makes an {@link AuditException}.
     */
    public List<Finding> audit(ReportFacts facts) throws AuditException {
        FindingCollector collector = new FindingCollector(rulebook);
        KieSession session = rulebook.kieBase().newKieSession();
        Map<String, Integer> firings = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        try {
            if (rulebook.hasFindingsGlobal()) session.setGlobal("findings", collector);
            for (Object fact : facts.asFacts()) session.insert(fact);
            Set<String> stopped = new HashSet<>();
            // @regime, @organ and @region are enforced here, so that no rule's conditions need repeat them; @phase("cross")
            // rules run in the cross-report phase only (CrossAuditor)
            Report report = facts.getReport();
            AgendaFilter notStopped = match -> {
                String name = match.getRule().getName();
                RuleInfo info = rulebook.rule(name);
                return !stopped.contains(name) && (info == null || !info.cross() && rulebook.applies(info, report));
            };
            for (int attempt = 0; attempt <= MAX_FAILED_RULES; attempt++) {
                int fired;
                try {
                    fired = session.fireAllRules(notStopped, MAX_FIRINGS);
                } catch (ConsequenceException e) {
                    // the failing match is spent; firing again runs the rest of the agenda
                    String why = rootMessage(e.getCause() == null ? e : e.getCause());
                    collector.ruleFailed(e.getMatch().getRule().getName(), Text.of(why, why));
                    continue;
                }
                if (fired < MAX_FIRINGS) break;
                // a rule keeps re-firing: stop it alone, let the others finish
                String looping = firings.entrySet().stream().filter(en -> !stopped.contains(en.getKey()))
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                if (looping == null) break;
                stopped.add(looping);
                collector.ruleFailed(looping, Text.of("在本报告上触发了" + firings.get(looping) + "次，已被停止（是否在循环中插入或修改事实？）",
                        "it fired " + firings.get(looping) + " times on this report and was stopped "
                        + "(does it insert or modify facts in a loop?)"));
            }
        } catch (RuntimeException e) {
            throw new AuditException(Text.of("规则无法在本报告上运行：" + rootMessage(e), "the rules could not run on this report: " + rootMessage(e)), e);
        } finally {
            session.dispose();
        }
        List<Finding> out = new ArrayList<>(collector.findings());
        // a total order, so that every run lists the same findings the same way
        out.sort(Comparator.comparing(Finding::getStatus).thenComparing(Finding::getRule).thenComparing(Finding::getRuleName)
                .thenComparing(f -> f.getMessage().zh()).thenComparing(f -> f.getEvidence().toString()));
        return out;
    }

    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable c = e.getCause();
        while (c != null && c != e) {
            sb.append(" ← ").append(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
            e = c;
            c = c.getCause();
        }
        return sb.toString();
    }
}
