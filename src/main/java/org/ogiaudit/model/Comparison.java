package org.ogiaudit.model;

import java.util.List;

/**
 * What a cross-report rule compares: a report (the subject, which a finding is about) and another report, each with the
 * quotes that show it. {@code findings.fail(kcontext, $comparison, message)} reports under the subject and names both.
 */
public interface Comparison {
    /** The report the finding is about. */
    CrossReport getSubject();

    /** The report it is compared with. */
    CrossReport getOther();

    /** How surely the two are of the same organ. */
    OrganMatch getOrganMatch();

    /** Quotes of the subject, with its line numbers. */
    List<Evidence> getEvidence();

    /** Quotes of the other report, with its line numbers. */
    List<Evidence> getOtherEvidence();
}
