/**
 * Text to facts: splits a page into the reports it holds, finds headings and maps them to canonical sections, and
 * reads title, organ, year, publication date, statistics period and the statements some rules accept.
 *
 * <p>Every extractor keeps the quote and line it read a value from, so that each finding can show its evidence, and
 * each says where a value came from ({@code agencySource}, {@code publishedOnSource}). An extractor that is unsure
 * leaves the value out rather than guessing: a wrong fact makes a wrong finding.
 */
package org.ogiaudit.extract;
