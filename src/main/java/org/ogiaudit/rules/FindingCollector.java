package org.ogiaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Comparison;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Part;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.Text;
import org.ogiaudit.rules.api.Absence;
import org.ogiaudit.rules.api.Findings;
import org.ogiaudit.rules.api.Message;

/**
 * The {@link Findings} of one report's session: each finding takes severity, points, category, basis, title, message
 * and advice from the metadata of the rule it is reported under, its message written in both languages with the values
 * the consequence gave. A FAIL without evidence is not allowed (rule catalogue, "Outcomes") and is recorded as
 * UNCERTAIN. In the cross-report phase findings are reported on a {@link Comparison} and kept as {@link CrossFinding}s
 * naming both reports; a FAIL there needs evidence from both.
 *
 * <p>Findings are kept as they are reported and written out by {@link #findings()}, after the session: a consequence
 * gives its values after the call that reports ({@code findings.fail(…).with(…)}).
 */
final class FindingCollector implements Findings {
    /** Added to a FAIL's message when it had no evidence and was recorded as UNCERTAIN. */
    static final Text NO_EVIDENCE = Text.of("（未能引用证据）", " (no evidence could be quoted)");

    private final Rulebook rulebook;
    private final List<Reported> reported = new ArrayList<>();

    FindingCollector(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** One finding as reported: the rule it is reported under, what decided it, and the values of both messages. */
    private static final class Reported implements Message {
        final RuleInfo rule;
        final Status status;
        final List<Evidence> evidence;
        /** The absence this finding decides, or null. */
        final Absence absence;
        /** The rule that decided the absence (its message is added), or null. */
        final RuleInfo decidedBy;
        /** A message not written by a rule (a rule that failed on the report), or null. */
        final Text fixed;
        /** What a cross-report rule compared, or null. */
        final Comparison comparison;
        final Map<String, Object> values = new LinkedHashMap<>();

        Reported(RuleInfo rule, Status status, List<Evidence> evidence, Absence absence, RuleInfo decidedBy, Text fixed,
                 Comparison comparison) {
            this.rule = rule;
            this.status = status;
            this.evidence = evidence;
            this.absence = absence;
            this.decidedBy = decidedBy;
            this.fixed = fixed;
            this.comparison = comparison;
        }

        @Override public Message with(String name, Object value) {
            values.put(Objects.requireNonNull(name), value);
            return this;
        }

        Finding finding() {
            Text message;
            if (fixed != null) {
                message = fixed;
            } else if (absence != null) {
                message = MessageTemplate.format(rule.message(), absence.getValues())
                        .plus(MessageTemplate.format(decidedBy.message(), values));
            } else {
                message = MessageTemplate.format(rule.message(), values);
            }
            // a comparison's FAIL needs evidence on both sides: one that cannot quote the other report cannot show the
            // difference
            boolean unproven = evidence.isEmpty() || comparison != null && comparison.getOtherEvidence().isEmpty();
            Status effective = status == Status.FAIL && unproven ? Status.UNCERTAIN : status;
            if (effective != status) message = message.plus(NO_EVIDENCE);
            return new Finding(rule.id(), rule.name(), effective, rule.severity(), rule.points(), rule.category(),
                    rule.basisKind(), rule.basis(), rule.title(), message, rule.advice(), evidence);
        }
    }

    @Override public Message fail(RuleContext ctx, Comparison c) {
        return compared(ctx, Status.FAIL, c);
    }

    @Override public Message uncertain(RuleContext ctx, Comparison c) {
        return compared(ctx, Status.UNCERTAIN, c);
    }

    private Message compared(RuleContext ctx, Status status, Comparison c) {
        RuleInfo info = reporting(ctx.getRule().getName());
        Reported r = new Reported(info, status, evidence(c.getEvidence()), null, null, null, c);
        reported.add(r);
        return r;
    }

    @Override public Message fail(RuleContext ctx, Evidence... evidence) {
        return add(ctx, Status.FAIL, Arrays.asList(evidence));
    }

    @Override public Message fail(RuleContext ctx, List<?> evidence) {
        return add(ctx, Status.FAIL, evidence);
    }

    @Override public Message uncertain(RuleContext ctx, Evidence... evidence) {
        return add(ctx, Status.UNCERTAIN, Arrays.asList(evidence));
    }

    @Override public Message uncertain(RuleContext ctx, List<?> evidence) {
        return add(ctx, Status.UNCERTAIN, evidence);
    }

    @Override public Message missing(RuleContext ctx, Part part, List<?> evidence) {
        reporting(ctx.getRule().getName());
        Absence a = new Absence(ctx.getRule().getName(), part, evidence(evidence));
        ctx.getKieRuntime().insert(a);
        return a;
    }

    @Override public Message missing(RuleContext ctx, Part part, Evidence... evidence) {
        return missing(ctx, part, Arrays.asList(evidence));
    }

    @Override public Message fail(RuleContext ctx, Absence a) {
        return decide(ctx, a, Status.FAIL, List.of());
    }

    @Override public Message uncertain(RuleContext ctx, Absence a, Evidence... more) {
        return uncertain(ctx, a, Arrays.asList(more));
    }

    @Override public Message uncertain(RuleContext ctx, Absence a, List<?> more) {
        return decide(ctx, a, Status.UNCERTAIN, more);
    }

    private Message decide(RuleContext ctx, Absence a, Status status, List<?> more) {
        RuleInfo decider = rulebook.rule(ctx.getRule().getName());
        if (decider == null || !decider.isDecision()) {
            throw new IllegalStateException("rule \"" + ctx.getRule().getName() + "\" decides an Absence but is no decision "
                    + "rule: give it @decides(\"Absence\")");
        }
        List<Evidence> all = new ArrayList<>(evidence(more));
        all.addAll(a.getEvidence());
        Reported r = new Reported(rulebook.rule(a.getRuleName()), status, all, a, decider, null, null);
        reported.add(r);
        return r;
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

    /** The metadata of the rule reporting, which must be one that reports under an id. */
    private RuleInfo reporting(String ruleName) {
        RuleInfo info = rulebook.rule(ruleName);
        if (info.isDecision()) {
            throw new IllegalStateException("rule \"" + ruleName + "\" is a decision rule: it reports an Absence under the "
                    + "rule that found it (findings.fail(kcontext, $absence)), never under its own name");
        }
        return info;
    }

    private Message add(RuleContext ctx, Status status, List<?> evidence) {
        RuleInfo info = reporting(ctx.getRule().getName());
        if (info.cross()) {
            throw new IllegalStateException("rule \"" + info.name() + "\" runs across reports: it reports on what it compares, "
                    + "findings.fail(kcontext, $comparison), so that the finding names both reports");
        }
        Reported r = new Reported(info, status, evidence(evidence), null, null, null, null);
        reported.add(r);
        return r;
    }

    /**
     * A rule failed on this report (it threw, or kept re-firing and was stopped): the failure is recorded against that
     * rule as UNCERTAIN, so the rest of the rulebook and the batch go on.
     */
    void ruleFailed(String ruleName, Text why) {
        RuleInfo info = rulebook.rule(ruleName);
        if (info == null || info.isDecision()) return;
        reported.add(new Reported(info, Status.UNCERTAIN, List.of(), null, null,
                Text.of("规则在本报告上运行失败，未予适用：", "the rule failed on this report and was not applied: ").plus(why), null));
    }

    /** What the rules reported, in firing order. */
    List<Finding> findings() {
        return reported.stream().filter(r -> r.comparison == null).map(Reported::finding).toList();
    }

    /** What the cross-report rules reported, in firing order, each naming both reports. */
    List<CrossFinding> crossFindings() {
        return reported.stream().filter(r -> r.comparison != null).map(r -> new CrossFinding(r.finding(),
                r.comparison.getSubject(), r.comparison.getOther(), r.comparison.getOtherEvidence())).toList();
    }
}
