package org.ogiaudit.extract;

import java.util.function.Supplier;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Provenance;

/**
 * A fact's value with where it came from and the text that shows it.
 *
 * @param evidence null when the value was not read from a quotable place (a manifest's agency, a derived kind)
 */
record Resolved<T>(T value, Provenance source, Evidence evidence) {

    /**
     * The first value the candidates give, tried in order of trust. Each resolver states its precedence once, as the
     * order of its candidates: typically the manifest, then the page's metadata, then the title, then the body.
     */
    @SafeVarargs
    static <T> Resolved<T> first(Supplier<Resolved<T>>... candidates) {
        for (Supplier<Resolved<T>> c : candidates) {
            Resolved<T> r = c.get();
            if (r != null && r.value() != null) return r;
        }
        return null;
    }
}
