package org.ogiaudit.model;

import java.util.List;

/**
 * What a rule said about a report. Severity, points, category, basis, title and advice come from the rule's DRL
 * metadata, so that a rule author changes them without rebuilding; every text is held in Chinese and English
 * ({@link Text}) and an output shows the one its reader asked for.
 */
public final class Finding {
    private final String rule;
    private final String ruleName;
    private final Status status;
    private final Severity severity;
    private final int points;
    private final Category category;
    private final BasisKind basisKind;
    private final Text basis;
    private final Text title;
    private final Text message;
    private final Text advice;
    private final List<Evidence> evidence;
    private final Acceptance acceptance;
    private final String fingerprint;
    private final boolean advisory;

    /**
     * @param basisKind the kind of authority the rule rests on
     * @param basis     the rule's basis (the article, standard or practice it cites)
     * @param advice    what the organ should add or correct (整改建议)
     */
    public Finding(String rule, String ruleName, Status status, Severity severity, int points, Category category,
                   BasisKind basisKind, Text basis, Text title, Text message, Text advice, List<Evidence> evidence) {
        this(rule, ruleName, status, severity, points, category, basisKind, basis, title, message, advice, evidence, null,
                null, false);
    }

    private Finding(String rule, String ruleName, Status status, Severity severity, int points, Category category,
                    BasisKind basisKind, Text basis, Text title, Text message, Text advice, List<Evidence> evidence,
                    Acceptance acceptance, String fingerprint, boolean advisory) {
        this.rule = rule;
        this.ruleName = ruleName;
        this.status = status;
        this.severity = severity;
        this.points = points;
        this.category = category;
        this.basisKind = basisKind;
        this.basis = basis == null ? Text.EMPTY : basis;
        this.title = title == null ? Text.EMPTY : title;
        this.message = message == null ? Text.EMPTY : message;
        this.advice = advice == null ? Text.EMPTY : advice;
        this.evidence = List.copyOf(evidence);
        this.acceptance = acceptance;
        this.fingerprint = fingerprint;
        this.advisory = advisory;
    }

    /** This finding, accepted: still shown, counted apart, deducting nothing. */
    public Finding accepted(Acceptance a) {
        return new Finding(rule, ruleName, status, severity, points, category, basisKind, basis, title, message, advice,
                evidence, a, fingerprint, advisory);
    }

    /** This finding with the fingerprint that recognises it across runs (rule, report, message). */
    public Finding withFingerprint(String fp) {
        return new Finding(rule, ruleName, status, severity, points, category, basisKind, basis, title, message, advice,
                evidence, acceptance, fp, advisory);
    }

    /**
     * This finding shown for information only: the scoring profile in use does not deduct for its kind of basis (the
     * statutory profile and a practice-based rule). A FAIL stays a FAIL; it costs nothing.
     */
    public Finding advisory() {
        return new Finding(rule, ruleName, status, severity, points, category, basisKind, basis, title, message, advice,
                evidence, acceptance, fingerprint, true);
    }

    /** What recognises this finding in later runs and in a baseline; null before the batch sets it. */
    public String getFingerprint() { return fingerprint; }

    /** The acceptance from a baseline file, or null. */
    public Acceptance getAcceptance() { return acceptance; }

    public boolean isAccepted() { return acceptance != null; }

    /**
     * True for a FAIL that deducts nothing although not accepted: its rule is worth no points here (an item an organ
     * may omit) or the scoring profile does not count its kind of basis.
     */
    public boolean isAdvisory() { return status == Status.FAIL && acceptance == null && (advisory || points == 0); }

    /** The catalogue id, e.g. {@code OGI-DEADLINE}; several DRL rules may share one. */
    public String getRule() { return rule; }
    /** The DRL rule's own name, to find it in the rulebook. */
    public String getRuleName() { return ruleName; }
    public Status getStatus() { return status; }
    public Severity getSeverity() { return severity; }
    /** The rule's points; they are deducted only when the status is FAIL. */
    public int getPoints() { return points; }
    /** The points this finding takes off the score: a FAIL's points, unless accepted or advisory. */
    public int getDeducted() { return status == Status.FAIL && acceptance == null && !advisory ? points : 0; }
    public Category getCategory() { return category; }
    public BasisKind getBasisKind() { return basisKind; }
    public Text getBasis() { return basis; }
    public Text getTitle() { return title; }
    public Text getMessage() { return message; }
    /** What the organ should add or correct (整改建议). */
    public Text getAdvice() { return advice; }
    public List<Evidence> getEvidence() { return evidence; }

    @Override public String toString() { return rule + " " + status + " " + message.zh(); }
}
