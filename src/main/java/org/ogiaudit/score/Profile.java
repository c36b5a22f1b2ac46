package org.ogiaudit.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ogiaudit.model.BasisKind;
import org.ogiaudit.model.Finding;

/**
 * Which findings take points off: every rule's (recommended, the default), or only those resting on a Regulation or the
 * State Council's format notices (statutory). A finding a profile does not count is still shown, as advisory
 * ({@link Finding#advisory()}). Scores, and so rankings, compare only within one profile: every output names it.
 */
public enum Profile {
    /** Only {@link BasisKind#STATUTE} findings deduct: what a rectification notice can cite as law. */
    STATUTORY,
    /** Every rule's points, statute, local rule and practice alike. */
    RECOMMENDED;

    /** As the command line and JSON write it: "statutory". */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Parses "statutory" or "recommended"; null for anything else. */
    public static Profile parse(String text) {
        if (text == null) return null;
        for (Profile p : values()) if (p.id().equalsIgnoreCase(text.strip())) return p;
        return null;
    }

    /** True when a finding resting on {@code kind} deducts points under this profile. */
    public boolean deducts(BasisKind kind) {
        return this == RECOMMENDED || kind == BasisKind.STATUTE;
    }

    /** The findings with those this profile does not count marked advisory. */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(deducts(f.getBasisKind()) ? f : f.advisory());
        return out;
    }
}
