/**
 * The reading vocabulary: the wordings that decide what extraction reads (what a heading means, which sentence states
 * the statistics period, what counts as a statement on fees …), kept as plain files in {@code rules/vocabulary/}, one
 * regular expression per line, so that a rule author teaches the tool a wording without a Java build.
 * {@link org.ogiaudit.vocabulary.ConceptName} lists the concepts; {@link org.ogiaudit.vocabulary.VocabularyLoader}
 * reads and checks the files.
 */
package org.ogiaudit.vocabulary;
