package org.ogiaudit.model;

import java.util.List;

/**
 * The result for one report (or one file that could not be read): what renderers write.
 *
 * @param file    the path as the user gave it (or as found under a folder they gave)
 * @param part    1..n when one file holds several reports
 * @param error   null, or why the file could not be checked, in words a person understands (both languages)
 * @param facts   null when {@code error} is set
 * @param text    the extracted text lines the evidence line numbers refer to (null on error)
 * @param checks  every check of the rulebook with what it concluded on this report (empty on error)
 * @param digest  what the cross-report phase keeps of it, read on the batch's threads; null without that phase
 */
public record AuditResult(String file, int part, Text error, ReportFacts facts, List<String> text,
                          List<Finding> findings, List<CheckResult> checks, Score score, ReportDigest digest) {

    /** A result without a digest (no cross-report phase). */
    public AuditResult(String file, int part, Text error, ReportFacts facts, List<String> text, List<Finding> findings,
                       List<CheckResult> checks, Score score) {
        this(file, part, error, facts, text, findings, checks, score, null);
    }

    public static AuditResult failed(String file, Text error) {
        return new AuditResult(file, 1, error, null, null, List.of(), List.of(), null);
    }

    public boolean isOk() { return error == null; }
}
