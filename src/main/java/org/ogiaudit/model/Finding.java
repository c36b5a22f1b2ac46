package org.ogiaudit.model;

import java.util.List;

/**
 * What a rule said about a report. Severity, points, category, basis and title come from the rule's DRL metadata,
 * so that a rule author changes them without rebuilding.
 */
public final class Finding {
    private final String rule;
    private final String ruleName;
    private final Status status;
    private final Severity severity;
    private final int points;
    private final Category category;
    private final String basis;
    private final String title;
    private final String message;
    private final List<Evidence> evidence;
    private final Acceptance acceptance;
    private final String fingerprint;

    public Finding(String rule, String ruleName, Status status, Severity severity, int points, Category category,
                   String basis, String title, String message, List<Evidence> evidence) {
        this(rule, ruleName, status, severity, points, category, basis, title, message, evidence, null, null);
    }

    private Finding(String rule, String ruleName, Status status, Severity severity, int points, Category category,
                   String basis, String title, String message, List<Evidence> evidence, Acceptance acceptance,
                   String fingerprint) {
        this.rule = rule;
        this.ruleName = ruleName;
        this.status = status;
        this.severity = severity;
        this.points = points;
        this.category = category;
        this.basis = basis;
        this.title = title;
        this.message = message;
        this.evidence = List.copyOf(evidence);
        this.acceptance = acceptance;
        this.fingerprint = fingerprint;
    }

    /** This finding, accepted: still shown, counted apart, deducting nothing. */
    public Finding accepted(Acceptance a) {
        return new Finding(rule, ruleName, status, severity, points, category, basis, title, message, evidence, a, fingerprint);
    }

    /** This finding with the fingerprint that recognises it across runs (rule, report, message). */
    public Finding withFingerprint(String fp) {
        return new Finding(rule, ruleName, status, severity, points, category, basis, title, message, evidence, acceptance, fp);
    }

    /** What recognises this finding in later runs and in a baseline; null before the batch sets it. */
    public String getFingerprint() { return fingerprint; }

    /** The acceptance from a baseline file, or null. */
    public Acceptance getAcceptance() { return acceptance; }

    public boolean isAccepted() { return acceptance != null; }

    /** The catalogue id, e.g. {@code OGI-DEADLINE}; several DRL rules may share one. */
    public String getRule() { return rule; }
    /** The DRL rule's own name, to find it in the rulebook. */
    public String getRuleName() { return ruleName; }
    public Status getStatus() { return status; }
    public Severity getSeverity() { return severity; }
    /** The rule's points; they are deducted only when the status is FAIL. */
    public int getPoints() { return points; }
    public int getDeducted() { return status == Status.FAIL && acceptance == null ? points : 0; }
    public Category getCategory() { return category; }
    public String getBasis() { return basis; }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public List<Evidence> getEvidence() { return evidence; }

    @Override public String toString() { return rule + " " + status + " " + message; }
}
