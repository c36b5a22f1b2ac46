/**
 * The rulebook: DRL files and the reading vocabulary compiled from a rules folder when the tool starts (so that rule
 * authors never rebuild Java), their metadata read back and checked, one short-lived session per report, and the
 * catalogue `rules list` prints.
 *
 * <p>Rules report through the global {@code findings} ({@link org.ogiaudit.rules.api.Findings}); each finding takes
 * severity, points, category, basis and title from its rule's metadata. {@code @regime} and {@code @organ} are enforced
 * by the session ({@link org.ogiaudit.rules.Auditor}).
 */
package org.ogiaudit.rules;
