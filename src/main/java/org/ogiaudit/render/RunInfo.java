package org.ogiaudit.render;

/**
 * What produced a batch of results, written into every output so that a ranking can be reproduced.
 *
 * @param version         ogi-audit's version
 * @param rulebookSource  the rules folders, or "built-in"
 * @param rulebookSha256  hash of the DRL text
 * @param rules           number of DRL rules
 * @param scoringMethod   the scoring method and its version
 */
public record RunInfo(String version, String rulebookSource, String rulebookSha256, int rules, String scoringMethod) { }
