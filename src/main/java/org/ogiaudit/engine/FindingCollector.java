package org.ogiaudit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Status;

/**
 * The global {@code findings} that rules report through:
 * <pre>
 *   findings.fail(kcontext, "published after 31 March", $r.getPublishedOnEvidence());
 *   findings.uncertain(kcontext, "no publication date found");
 * </pre>
 * Severity, points, category, basis and title are taken from the firing rule's metadata. A FAIL without evidence is
 * not allowed (rule catalogue, "Outcomes") and is recorded as UNCERTAIN.
 */
public final class FindingCollector {
    private final Rulebook rulebook;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public void fail(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx, Status.FAIL, message, Arrays.asList(evidence));
    }

    public void fail(RuleContext ctx, String message, List<Evidence> evidence) {
        add(ctx, Status.FAIL, message, evidence);
    }

    public void uncertain(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx, Status.UNCERTAIN, message, Arrays.asList(evidence));
    }

    public void uncertain(RuleContext ctx, String message, List<Evidence> evidence) {
        add(ctx, Status.UNCERTAIN, message, evidence);
    }

    private void add(RuleContext ctx, Status status, String message, List<Evidence> evidence) {
        List<Evidence> kept = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).toList();
        Status effective = status == Status.FAIL && kept.isEmpty() ? Status.UNCERTAIN : status;
        String ruleName = ctx.getRule().getName();
        RuleInfo info = rulebook.rule(ruleName);
        findings.add(new Finding(info.id(), ruleName, effective, info.severity(), info.points(), info.category(),
                info.basis(), info.title(), effective == status ? message : message + " (no evidence could be quoted)", kept));
    }

    /** What the rules reported, in firing order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
