package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.Evidence;

/**
 * One report's stretch of a document, {@code lines[start..end)}, with what every resolver reads from it: its headings,
 * its sentences, and its sentences without the headings (a heading announces a topic, it does not report on it).
 */
final class ReportText {
    final SourceDocument doc;
    final List<String> lines;
    final int start;
    final int end;
    final int part;
    final int partCount;
    final List<Heading> headings;
    final List<Sentence> sentences;
    final List<Sentence> bodySentences;

    ReportText(SourceDocument doc, int start, int end, int part, int partCount, List<Heading> headings) {
        this.doc = doc;
        this.lines = doc.lines();
        this.start = start;
        this.end = end;
        this.part = part;
        this.partCount = partCount;
        this.headings = headings;
        this.sentences = Sentence.split(lines, start, end, doc::readByOcr);
        this.bodySentences = Sentence.split(withoutHeadings(lines, headings), start, end, doc::readByOcr);
    }

    /** True when line {@code line} (1-based) was read from a picture by OCR. */
    boolean readByOcr(int line) {
        return doc.readByOcr(line);
    }

    /** True when any of the report's own lines was read from a picture by OCR. */
    boolean anyReadByOcr() {
        return !doc.ocrLines().subSet(start + 1, end + 1).isEmpty();
    }

    /** A quote from line {@code line} (1-based; 0 for page metadata), as evidence that knows whether OCR read it. */
    Evidence evidence(String quote, int line) {
        return new Evidence(quote, line, null, doc.readByOcr(line));
    }

    /** True when the document holds this report alone: page metadata and a manifest row are then about it. */
    boolean wholeFile() {
        return partCount == 1;
    }

    /** The report's own lines. */
    List<String> body() {
        return lines.subList(start, end);
    }

    /** The page's metadata field of that name, when the file holds this report alone; else null. */
    PageMetadata meta(String name) {
        return wholeFile() ? doc.meta(name) : null;
    }

    /** A manifest field of the file: about every report it holds (its publication date excepted, see the resolver). */
    PageMetadata manifest(String name) {
        return doc.meta(name);
    }

    /** The lines with each heading's marker and words blanked out, keeping what follows on a run-on line. */
    private static List<String> withoutHeadings(List<String> lines, List<Heading> headings) {
        List<String> out = new ArrayList<>(lines);
        for (Heading h : headings) {
            String line = out.get(h.line() - 1);
            int at = line.indexOf(h.text());
            out.set(h.line() - 1, at < 0 ? "" : line.substring(at + h.text().length()).replaceFirst("^[:：\\s]+", ""));
        }
        return out;
    }
}
