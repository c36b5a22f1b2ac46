package org.ogiaudit.render;

import org.ogiaudit.score.Profile;

/**
 * What produced a batch of results, written into every output so that a ranking can be reproduced.
 *
 * @param version         ogi-audit's version
 * @param rulebookSource  the rules folders, or "built-in"
 * @param rulebookSha256  hash of the DRL and vocabulary text
 * @param rules           number of DRL rules
 * @param scoringMethod   the scoring method, its version and the profile
 * @param profile         which findings deduct points: scores compare only within one profile
 * @param checks          number of checks (rule ids)
 */
public record RunInfo(String version, String rulebookSource, String rulebookSha256, int rules, String scoringMethod,
                      Profile profile, int checks) { }
