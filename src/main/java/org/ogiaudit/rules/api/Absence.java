package org.ogiaudit.rules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Part;

/**
 * A part of the report that a rule found absent, inserted into the session by {@link Findings#missing}. Whether an
 * absence is a FAIL or only UNCERTAIN is decided in DRL ({@code rules/absence.drl}) from what else is known about the
 * text — it may begin mid-report, for one — and the finding is then reported under the rule that found the absence,
 * saying what that rule's {@code @message} says with the values given here.
 */
public final class Absence implements Message {
    private final String ruleName;
    private final Part part;
    private final List<Evidence> evidence;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Absence(String ruleName, Part part, List<Evidence> evidence) {
        this.ruleName = Objects.requireNonNull(ruleName);
        this.part = Objects.requireNonNull(part);
        this.evidence = evidence == null ? List.of() : evidence.stream().filter(Objects::nonNull).toList();
    }

    /** The DRL rule that found it: its metadata (id, points, basis, texts) go with the finding. */
    public String getRuleName() { return ruleName; }
    public Part getPart() { return part; }
    /** What shows the absence: usually the report's outline (its top-level headings). */
    public List<Evidence> getEvidence() { return evidence; }

    /** The values the finding rule's message names, given by {@link #with}. */
    public Map<String, Object> getValues() { return Collections.unmodifiableMap(values); }

    /**
     * Gives a value of the finding rule's message. Called by the consequence that recorded the absence, before any
     * rule decides it; no rule matches on these values, so they are set without a {@code modify}.
     */
    @Override public Absence with(String name, Object value) {
        values.put(Objects.requireNonNull(name), value);
        return this;
    }

    @Override public String toString() { return "Absence[" + part + " by " + ruleName + "]"; }
}
