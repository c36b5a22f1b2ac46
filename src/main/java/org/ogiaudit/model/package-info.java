/**
 * The facts that rules see: small immutable types with names a rule author can read.
 *
 * <p>Everything a DRL rule matches on lives here ({@link org.ogiaudit.model.Report}, {@link org.ogiaudit.model.Section},
 * {@link org.ogiaudit.model.StatisticsPeriod}, {@link org.ogiaudit.model.Mention}, {@link org.ogiaudit.model.YearClaim})
 * together with what rules produce ({@link org.ogiaudit.model.Finding}). Types are classes with getters rather than
 * records because DRL constraints read JavaBean properties.
 */
package org.ogiaudit.model;
