package org.ogiaudit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Status;

/**
 * The global {@code findings} that rules report through:
 * <pre>
 *   findings.fail(kcontext, "published after 31 March", $r.getPublishedOnEvidence());
 *   findings.uncertain(kcontext, "no publication date found");
 *   findings.missing(kcontext, $r, "no 其他需要报告的事项 section", $r.getOutline());
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

    /**
     * Something the report should have is absent: FAIL, or UNCERTAIN when the text starts in the middle of a report
     * (a page cut at its start), since the part may have been lost with it.
     */
    public void missing(RuleContext ctx, Report report, String message, List<Evidence> evidence) {
        if (report.isStartsMidReport()) {
            add(ctx, Status.UNCERTAIN, message + " (the text starts mid-report: it may have been cut off)", evidence);
        } else {
            add(ctx, Status.FAIL, message, evidence);
        }
    }

    /** {@link #missing(RuleContext, Report, String, List)} with one piece of evidence. */
    public void missing(RuleContext ctx, Report report, String message, Evidence evidence) {
        missing(ctx, report, message, evidence == null ? List.of() : List.of(evidence));
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
