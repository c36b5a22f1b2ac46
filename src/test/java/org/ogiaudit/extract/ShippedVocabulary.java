package org.ogiaudit.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ogiaudit.vocabulary.Vocabulary;
import org.ogiaudit.vocabulary.VocabularyLoader;

/** The vocabulary the project ships (rules/vocabulary), for tests of the extraction helpers. */
final class ShippedVocabulary {
    private ShippedVocabulary() { }

    static Vocabulary get() {
        try {
            VocabularyLoader.Result r = VocabularyLoader.build(VocabularyLoader.readFolder(Path.of("rules", "vocabulary"), ""));
            if (r.hasErrors()) throw new AssertionError("the shipped vocabulary has errors: " + r.problems());
            return r.vocabulary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
