package org.ogiaudit.model;

/**
 * What one check (a rule id) concluded about one report: every check that ran is listed, so that a score of 100 can be
 * told from "little was checked" (as Lighthouse lists its passed and not-applicable audits).
 */
public enum Outcome {
    /** A finding of status FAIL. */
    FAIL,
    /** A finding of status UNCERTAIN, and none FAIL. */
    UNCERTAIN,
    /** The check applies to the report and found nothing. */
    PASS,
    /** The check does not apply to this report's regime, organ kind or region. */
    NOT_APPLICABLE
}
