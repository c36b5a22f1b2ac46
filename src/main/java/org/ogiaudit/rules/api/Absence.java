package org.ogiaudit.rules.api;

import java.util.List;
import java.util.Objects;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Part;

/**
 * A part of the report that a rule found absent, inserted into the session by {@link Findings#missing}. Whether an
 * absence is a FAIL or only UNCERTAIN is decided in DRL ({@code rules/absence.drl}) from what else is known about the
 * text — it may begin mid-report, for one — and the finding is then reported under the rule that found the absence.
 */
public final class Absence {
    private final String ruleName;
    private final Part part;
    private final String message;
    private final List<Evidence> evidence;

    public Absence(String ruleName, Part part, String message, List<Evidence> evidence) {
        this.ruleName = Objects.requireNonNull(ruleName);
        this.part = Objects.requireNonNull(part);
        this.message = message;
        this.evidence = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).toList();
    }

    /** The DRL rule that found it: its metadata (id, points, basis) go with the finding. */
    public String getRuleName() { return ruleName; }
    public Part getPart() { return part; }
    public String getMessage() { return message; }
    /** What shows the absence: usually the report's outline (its top-level headings). */
    public List<Evidence> getEvidence() { return evidence; }

    @Override public String toString() { return "Absence[" + part + " by " + ruleName + "]"; }
}
