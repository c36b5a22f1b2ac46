package org.ogiaudit.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Score;

/**
 * The rule catalogue's scoring: score = 100 − Σ points of FAIL findings, never below 0. UNCERTAIN findings deduct
 * nothing, nor do findings accepted in a baseline. Category subtotals are the points deducted per category.
 */
public final class Scorer {
    /** Written into every output so that rankings can be reproduced; {@link #method(Profile)} adds the profile. */
    public static final String METHOD = "ogi-score/1: 100 minus the points of each FAIL finding, floor 0; UNCERTAIN, "
            + "accepted and advisory findings deduct nothing";

    /** The scoring line of a run: the method and the profile, since scores compare only within one profile. */
    public static String method(Profile profile) {
        return METHOD + "; profile " + profile.id() + (profile == Profile.STATUTORY
                ? " (only findings whose basis is a Regulation or a format notice deduct)" : " (every rule's points)");
    }

    public Score score(List<Finding> findings) {
        int total = 0;
        List<Score.Deduction> deductions = new ArrayList<>();
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) byCategory.put(c, 0);
        for (Finding f : findings) {
            if (f.getDeducted() == 0) continue; // UNCERTAIN, accepted, advisory, or worth no points
            total += f.getPoints();
            deductions.add(new Score.Deduction(f.getRule(), f.getCategory(), f.getPoints()));
            byCategory.merge(f.getCategory(), f.getPoints(), Integer::sum);
        }
        return new Score(Math.max(0, 100 - total), List.copyOf(deductions), Map.copyOf(byCategory));
    }
}
