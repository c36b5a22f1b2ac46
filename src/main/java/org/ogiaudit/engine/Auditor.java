package org.ogiaudit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.ReportFacts;

/**
 * Runs the rulebook over one report's facts in a fresh session and returns the findings, ordered for reading
 * (FAIL before UNCERTAIN, then by rule id).
 */
public final class Auditor {
    /** Rule firings allowed for one report: far above what the shipped rules need, low enough to stop a loop. */
    static final int MAX_FIRINGS = 10_000;

    private final Rulebook rulebook;

    public Auditor(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public Rulebook rulebook() { return rulebook; }

    /** The findings for one report; a rule that throws or loops makes an {@link AuditException} naming it. */
    public List<Finding> audit(ReportFacts facts) throws AuditException {
        FindingCollector collector = new FindingCollector(rulebook);
        KieSession session = rulebook.kieBase().newKieSession();
        try {
            if (rulebook.hasFindingsGlobal()) session.setGlobal("findings", collector);
            for (Object fact : facts.asFacts()) session.insert(fact);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new AuditException("the rules fired " + fired + " times on this report and were stopped: "
                        + "a rule keeps re-firing (does one insert or modify facts in a loop?)");
            }
        } catch (RuntimeException e) {
            throw new AuditException("a rule failed on this report: " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
        List<Finding> out = new ArrayList<>(collector.findings());
        out.sort(Comparator.comparing(Finding::getStatus).thenComparing(Finding::getRule).thenComparing(Finding::getRuleName));
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
