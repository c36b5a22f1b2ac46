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
 *   findings.fail(kcontext, "published after 31 March", $r.getPublishedOnEvidence());
 *   findings.uncertain(kcontext, "no publication date found");
 *   findings.missing(kcontext, Part.OTHER, "no 其他需要报告的事项 section", $r.getOutline());
 * </pre>
 * Severity, points, category, basis and title are taken from the firing rule's metadata. A FAIL needs evidence (rule
 * catalogue, "Outcomes"): one without any is recorded as UNCERTAIN.
 *
 * <p>{@code missing} does not decide: it records an {@link Absence}, and the rules of {@code absence.drl} decide whether
 * the absence is a FAIL or UNCERTAIN, and report it through {@link #fail(Absence, String)} or
 * {@link #uncertain(Absence, String)} under the rule that found it.
 *
 * <p>A rule of {@code @phase("cross")} compares two reports and reports with {@link #fail(RuleContext, Comparison, String)}
 * or {@link #uncertain(RuleContext, Comparison, String)}: the finding is about the comparison's subject, names the other
 * report and quotes both.
 */
public interface Findings {
    /** The report breaks the requirement; {@code evidence} quotes what shows it. */
    void fail(RuleContext ctx, String message, Evidence... evidence);

    /** As {@link #fail(RuleContext, String, Evidence...)}, with evidence collected by the rule (a DRL {@code collect}). */
    void fail(RuleContext ctx, String message, List<?> evidence);

    /** The facts needed to decide are missing or unreadable; deducts nothing. */
    void uncertain(RuleContext ctx, String message, Evidence... evidence);

    /** As {@link #uncertain(RuleContext, String, Evidence...)}, with collected evidence. */
    void uncertain(RuleContext ctx, String message, List<?> evidence);

    /** Records that {@code part} is absent from the report; {@code absence.drl} decides what that means. */
    void missing(RuleContext ctx, Part part, String message, List<?> evidence);

    /** As {@link #missing(RuleContext, Part, String, List)}, with single pieces of evidence (null ones are left out). */
    void missing(RuleContext ctx, Part part, String message, Evidence... evidence);

    /** An absence decided to be a FAIL; {@code more} is added to its message (may be empty). */
    void fail(Absence absence, String more);

    /** An absence decided to be UNCERTAIN; {@code why} is added to its message, {@code more} to its evidence. */
    void uncertain(Absence absence, String why, Evidence... more);

    /** As {@link #uncertain(Absence, String, Evidence...)}, with evidence collected by the rule. */
    void uncertain(Absence absence, String why, List<?> more);

    /** Cross-report phase: the comparison's subject breaks the requirement; evidence is quoted from both reports. */
    void fail(RuleContext ctx, Comparison comparison, String message);

    /** Cross-report phase: the two reports cannot be matched with confidence, or a value needed is missing. */
    void uncertain(RuleContext ctx, Comparison comparison, String message);
}
