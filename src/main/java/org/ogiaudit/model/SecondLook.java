package org.ogiaudit.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The broad second look over a report's whole text, taken when a rule finds a part absent: the text that could be the
 * part after all (its words outside any heading, a date range near the opening, the empty heading of a table that was
 * a picture). An absence with something found is UNCERTAIN, quoting it, never FAIL (rules/absence.drl).
 *
 * <p>One per report. The look for a part is taken the first time a rule asks for it and kept: most parts are not absent
 * and are never looked for.
 */
public final class SecondLook {
    private final Function<Part, List<Evidence>> look;
    private final Map<Part, List<Evidence>> taken = new ConcurrentHashMap<>();

    public SecondLook(Function<Part, List<Evidence>> look) {
        this.look = look;
    }

    /** What the second look finds that could be {@code part}, in text order (a few quotes at most); empty when nothing. */
    public List<Evidence> find(Part part) {
        return taken.computeIfAbsent(part, p -> List.copyOf(look.apply(p)));
    }

    /** True when the second look finds something that could be {@code part}. */
    public boolean finds(Part part) {
        return !find(part).isEmpty();
    }

    @Override public String toString() { return "SecondLook" + taken.keySet(); }
}
