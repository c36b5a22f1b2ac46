package org.ogiaudit.model;

/**
 * One check (a rule id) on one report, whether or not it found anything: what a report page and a notice list besides
 * the findings.
 *
 * @param rule      the rule id
 * @param outcome   what it concluded
 * @param title     what is checked ("主动公开政府信息情况"), of the variant that applies to this report or of its first one
 * @param category  its category
 * @param points    what a FAIL deducts on this report
 * @param basisKind the kind of its basis on this report
 * @param why       for NOT_APPLICABLE, why the check does not apply; otherwise empty
 */
public record CheckResult(String rule, Outcome outcome, Text title, Category category, int points, BasisKind basisKind,
                          Text why) { }
