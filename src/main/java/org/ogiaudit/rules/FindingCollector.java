package org.ogiaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Comparison;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Part;
import org.ogiaudit.model.Status;
import org.ogiaudit.rules.api.Absence;
import org.ogiaudit.rules.api.Findings;

/**
 * The {@link Findings} of one report's session: each finding takes severity, points, category, basis and title from
 * the metadata of the rule it is reported under. A FAIL without evidence is not allowed (rule catalogue, "Outcomes")
 * and is recorded as UNCERTAIN. In the cross-report phase findings are reported on a {@link Comparison} and kept as
 * {@link CrossFinding}s naming both reports.
 */
final class FindingCollector implements Findings {
    private final Rulebook rulebook;
    private final List<Finding> findings = new ArrayList<>();
    private final List<CrossFinding> crossFindings = new ArrayList<>();

    FindingCollector(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override public void fail(RuleContext ctx, Comparison c, String message) {
        crossFindings.add(cross(ctx.getRule().getName(), Status.FAIL, c, message));
    }

    @Override public void uncertain(RuleContext ctx, Comparison c, String message) {
        crossFindings.add(cross(ctx.getRule().getName(), Status.UNCERTAIN, c, message));
    }

    private CrossFinding cross(String ruleName, Status status, Comparison c, String message) {
        // a FAIL needs evidence on both sides: a comparison that cannot quote the other report cannot show the difference
        Status effective = status == Status.FAIL && c.getOtherEvidence().isEmpty() ? Status.UNCERTAIN : status;
        Finding f = finding(ruleName, effective, message, c.getEvidence());
        return new CrossFinding(f, c.getSubject(), c.getOther(), c.getOtherEvidence());
    }

    @Override public void fail(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx.getRule().getName(), Status.FAIL, message, Arrays.asList(evidence));
    }

    @Override public void fail(RuleContext ctx, String message, List<?> evidence) {
        add(ctx.getRule().getName(), Status.FAIL, message, evidence);
    }

    @Override public void uncertain(RuleContext ctx, String message, Evidence... evidence) {
        add(ctx.getRule().getName(), Status.UNCERTAIN, message, Arrays.asList(evidence));
    }

    @Override public void uncertain(RuleContext ctx, String message, List<?> evidence) {
        add(ctx.getRule().getName(), Status.UNCERTAIN, message, evidence);
    }

    @Override public void missing(RuleContext ctx, Part part, String message, List<?> evidence) {
        ctx.getKieRuntime().insert(new Absence(ctx.getRule().getName(), part, message, evidence(evidence)));
    }

    @Override public void missing(RuleContext ctx, Part part, String message, Evidence... evidence) {
        missing(ctx, part, message, Arrays.asList(evidence));
    }

    @Override public void fail(Absence a, String more) {
        add(a.getRuleName(), Status.FAIL, a.getMessage() + more, a.getEvidence());
    }

    @Override public void uncertain(Absence a, String why, Evidence... more) {
        uncertain(a, why, Arrays.asList(more));
    }

    @Override public void uncertain(Absence a, String why, List<?> more) {
        List<Evidence> all = new ArrayList<>(evidence(more));
        all.addAll(a.getEvidence());
        add(a.getRuleName(), Status.UNCERTAIN, a.getMessage() + why, all);
    }

    private static List<Evidence> evidence(List<?> objects) {
        if (objects == null) return List.of();
        List<Evidence> out = new ArrayList<>();
        for (Object o : objects) {
            if (o == null) continue;
            if (!(o instanceof Evidence e)) {
                throw new IllegalArgumentException("evidence must be Evidence objects (a quote and its line), got "
                        + o.getClass().getSimpleName() + ": use $x.getEvidence()");
            }
            out.add(e);
        }
        return out;
    }

    private void add(String ruleName, Status status, String message, List<?> evidence) {
        if (rulebook.rule(ruleName).cross()) {
            throw new IllegalStateException("rule \"" + ruleName + "\" runs across reports: it reports on what it compares, "
                    + "findings.fail(kcontext, $comparison, message), so that the finding names both reports");
        }
        findings.add(finding(ruleName, status, message, evidence));
    }

    private Finding finding(String ruleName, Status status, String message, List<?> evidence) {
        List<Evidence> kept = evidence(evidence).stream().filter(Objects::nonNull).toList();
        Status effective = status == Status.FAIL && kept.isEmpty() ? Status.UNCERTAIN : status;
        RuleInfo info = rulebook.rule(ruleName);
        if (info.isDecision()) {
            throw new IllegalStateException("rule \"" + ruleName + "\" is a decision rule: it reports an Absence under the "
                    + "rule that found it (findings.fail($absence, …)), never under its own name");
        }
        return new Finding(info.id(), ruleName, effective, info.severity(), info.points(), info.category(),
                info.basis(), info.title(), effective == status ? message : message + " (no evidence could be quoted)", kept);
    }

    /**
     * A rule failed on this report (it threw, or kept re-firing and was stopped): the failure is recorded against that
     * rule as UNCERTAIN, so the rest of the rulebook and the batch go on.
     */
    void ruleFailed(String ruleName, String why) {
        RuleInfo info = rulebook.rule(ruleName);
        if (info == null || info.isDecision()) return;
        findings.add(new Finding(info.id(), ruleName, Status.UNCERTAIN, info.severity(), info.points(), info.category(),
                info.basis(), info.title(), "the rule failed on this report and was not applied: " + why, List.of()));
    }

    /** What the rules reported, in firing order. */
    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** What the cross-report rules reported, in firing order. */
    List<CrossFinding> crossFindings() {
        return List.copyOf(crossFindings);
    }
}
