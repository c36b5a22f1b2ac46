package org.ogiaudit.rules.api;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import org.ogiaudit.model.Comparison;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Part;

/**
 * How a rule reports what it found: the global {@code findings} of every DRL file.
 * <pre>
 *   global org.ogiaudit.rules.api.Findings findings;
 *
 *   findings.fail(kcontext, $r.getPublishedOnEvidence()).with("deadline", $r.deadline(3, 31));
 *   findings.uncertain(kcontext);
 *   findings.missing(kcontext, Part.OTHER, $r.getOutline());
 * </pre>
 * What the finding says is not written here but in the rule's metadata, in Chinese and English ({@code @title},
 * {@code @titleEn}, {@code @message}, {@code @messageEn}, {@code @advice}, {@code @adviceEn}), so that a rule author
 * edits every word in {@code rules/}; the call gives the evidence and, through {@link Message#with}, the values the
 * message names. Severity, points, category, basis and its kind are taken from the firing rule's metadata too. A FAIL
 * needs evidence (rule catalogue, "Outcomes"): one without any is recorded as UNCERTAIN.
 *
 * <p>{@code missing} does not decide: it records an {@link Absence}, and the rules of {@code absence.drl} decide whether
 * the absence is a FAIL or UNCERTAIN, and report it through {@link #fail(RuleContext, Absence)} or
 * {@link #uncertain(RuleContext, Absence, Evidence...)} under the rule that found it; what the deciding rule's own
 * {@code @message} says is added to the message of the rule that found the absence.
 *
 * <p>A rule of {@code @phase("cross")} compares two reports and reports with {@link #fail(RuleContext, Comparison)} or
 * {@link #uncertain(RuleContext, Comparison)}: the finding is about the comparison's subject, names the other report
 * and quotes both.
 */
public interface Findings {
    /** The report breaks the requirement; {@code evidence} quotes what shows it. */
    Message fail(RuleContext ctx, Evidence... evidence);

    /** As {@link #fail(RuleContext, Evidence...)}, with evidence collected by the rule (a DRL {@code collect}). */
    Message fail(RuleContext ctx, List<?> evidence);

    /** The facts needed to decide are missing or unreadable; deducts nothing. */
    Message uncertain(RuleContext ctx, Evidence... evidence);

    /** As {@link #uncertain(RuleContext, Evidence...)}, with collected evidence. */
    Message uncertain(RuleContext ctx, List<?> evidence);

    /** Records that {@code part} is absent from the report; {@code absence.drl} decides what that means. */
    Message missing(RuleContext ctx, Part part, List<?> evidence);

    /** As {@link #missing(RuleContext, Part, List)}, with single pieces of evidence (null ones are left out). */
    Message missing(RuleContext ctx, Part part, Evidence... evidence);

    /** An absence decided to be a FAIL by the rule of {@code ctx}. */
    Message fail(RuleContext ctx, Absence absence);

    /** An absence decided to be UNCERTAIN by the rule of {@code ctx}; {@code more} is added to its evidence. */
    Message uncertain(RuleContext ctx, Absence absence, Evidence... more);

    /** As {@link #uncertain(RuleContext, Absence, Evidence...)}, with evidence collected by the rule. */
    Message uncertain(RuleContext ctx, Absence absence, List<?> more);

    /** Cross-report phase: the comparison's subject breaks the requirement; evidence is quoted from both reports. */
    Message fail(RuleContext ctx, Comparison comparison);

    /** Cross-report phase: the two reports cannot be matched with confidence, or a value needed is missing. */
    Message uncertain(RuleContext ctx, Comparison comparison);
}
