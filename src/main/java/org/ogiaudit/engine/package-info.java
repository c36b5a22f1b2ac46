/**
 * The rulebook and rule sessions: DRL files compiled from disk when the tool starts (so that rule authors never
 * rebuild Java), their metadata read back, and one short-lived session per report.
 *
 * <p>Rules report through the global {@code findings} ({@link org.ogiaudit.engine.FindingCollector}); the collector
 * fills in severity, points, category, basis and title from the firing rule's own metadata.
 */
package org.ogiaudit.engine;
