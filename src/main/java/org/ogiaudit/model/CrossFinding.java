package org.ogiaudit.model;

import java.util.List;

/**
 * A finding of the cross-report phase: about {@code report}, naming {@code other}, quoting both. Its points are
 * deducted from {@code report}'s place in the ranking when it is a FAIL (see score.Ranking).
 *
 * @param finding       the finding (its evidence quotes {@code report})
 * @param report        the report it is about
 * @param other         the report it was compared with
 * @param otherEvidence quotes of {@code other}, with that report's line numbers
 */
public record CrossFinding(Finding finding, CrossReport report, CrossReport other, List<Evidence> otherEvidence) {
    public CrossFinding {
        otherEvidence = List.copyOf(otherEvidence);
    }
}
