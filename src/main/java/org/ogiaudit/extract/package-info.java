/**
 * Text to facts: splits a page into the reports it holds, finds headings and maps them to canonical sections, and
 * reads title, organ, year, publication date, statistics period, tables and the statements some rules accept.
 *
 * <p>{@link org.ogiaudit.extract.FactExtractor} is the one entry point; everything else is package-private. Every
 * wording it decides by comes from the vocabulary it is given; each fact has one resolver that states its precedence
 * once (manifest, page metadata, title, body) and keeps the quote and line it read a value from, and where it came
 * from ({@link org.ogiaudit.model.Provenance}). An extractor that is unsure leaves the value out rather than guessing:
 * a wrong fact makes a wrong finding.
 */
package org.ogiaudit.extract;
