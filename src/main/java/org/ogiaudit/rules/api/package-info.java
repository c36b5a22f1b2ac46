/**
 * What DRL rules see besides the facts of {@link org.ogiaudit.model}: the {@link org.ogiaudit.rules.api.Findings}
 * global they report through, and the {@link org.ogiaudit.rules.api.Absence} facts that {@code findings.missing(…)}
 * records for {@code absence.drl} to decide. The rule authors' API: nothing else of the Java code is theirs to call.
 */
package org.ogiaudit.rules.api;
