package org.ogiaudit.vocabulary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reading vocabulary: every {@link ConceptName} with its terms, as the rulebook's {@code vocabulary/} folder lists
 * them. Immutable; built by {@link VocabularyLoader}.
 */
public final class Vocabulary {
    private final Map<ConceptName, Concept> concepts;

    Vocabulary(Map<ConceptName, List<Term>> terms) {
        Map<ConceptName, Concept> m = new EnumMap<>(ConceptName.class);
        for (ConceptName n : ConceptName.values()) m.put(n, new Concept(n, terms.getOrDefault(n, List.of())));
        this.concepts = m;
    }

    /** The concept; every name has one (possibly without terms, which then matches nothing). */
    public Concept get(ConceptName name) {
        return concepts.get(name);
    }

    /** Every concept, in the order of {@link ConceptName}. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }
}
