package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into the reports it holds. Mirror and archive pages often hold several years' reports one after
 * another, sometimes with comments, advertisements and snippets of unrelated reports between them.
 *
 * <p>A new report starts where a title line follows a report that already has three or more top-level headings, or
 * where top-level numbering starts again at 一 (outside a statistics appendix, whose
 * tables restart their own numbering). Only stretches that look like reports (three or more top-level headings that
 * map to canonical sections) are kept; the rest is reported as skipped. A page whose stretches all fail that test is
 * kept whole as one report.
 */
final class ReportSplitter {
    /** A stretch of lines {@code [start, end)} (0-based) holding one report. */
    record Part(int start, int end) { }

    /** The outcome: the reports, and the stretches skipped as not being reports. */
    record Split(List<Part> reports, List<Part> skipped) { }

    private static final int MIN_SECTIONS = 3;

    private final Titles titles;
    private final HeadingParser headings;
    private final SectionClassifier classifier;

    ReportSplitter(Titles titles, HeadingParser headings, SectionClassifier classifier) {
        this.titles = titles;
        this.headings = headings;
        this.classifier = classifier;
    }

    Split split(List<String> lines, int bodyStart) {
        List<Integer> starts = new ArrayList<>();
        starts.add(bodyStart);
        int headingsInPart = 0;
        int maxOrdinal = 0;
        boolean inAppendix = false;
        int lastTitle = -10;
        for (int i = bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (titles.titleAtStart(line) != null) {
                if (headingsInPart >= MIN_SECTIONS && i - lastTitle > 3) {
                    starts.add(i);
                    headingsInPart = 0;
                    maxOrdinal = 0;
                    inAppendix = false;
                }
                lastTitle = i;
                continue;
            }
            Heading h = headings.parseLine(line, i + 1);
            if (h == null || h.level() != 1) continue;
            if (classifier.isAppendix(h.text())) inAppendix = true;
            if (inAppendix) continue;
            if (h.ordinal() == 1 && maxOrdinal >= 1) {
                int start = i - lastTitle <= 3 && lastTitle > starts.get(starts.size() - 1) ? lastTitle : i;
                starts.add(start);
                headingsInPart = 0;
                maxOrdinal = 0;
            }
            headingsInPart++;
            maxOrdinal = Math.max(maxOrdinal, h.ordinal());
        }
        List<Part> pieces = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            Part p = new Part(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : lines.size());
            if (p.end() > p.start()) pieces.add(p);
        }
        // A piece that does not read as a report is either a snippet of another document (it has a title of its
        // own: skipped) or a stretch of its neighbour cut off by a numbering slip (no title: joined back).
        List<Part> reports = new ArrayList<>();
        List<Part> skipped = new ArrayList<>();
        Part pending = null;
        for (Part p : pieces) {
            if (pending != null) {
                p = new Part(pending.start(), p.end());
                pending = null;
            }
            if (pieces.size() == 1 || canonicalHeadings(lines, p) >= MIN_SECTIONS) {
                reports.add(p);
            } else if (hasTitle(lines, p)) {
                skipped.add(p);
            } else if (!reports.isEmpty() && reports.get(reports.size() - 1).end() == p.start()) {
                Part last = reports.remove(reports.size() - 1);
                reports.add(new Part(last.start(), p.end()));
            } else {
                pending = p;
            }
        }
        if (pending != null) {
            if (reports.isEmpty()) reports.add(pending); else skipped.add(pending);
        }
        if (reports.isEmpty()) return new Split(List.of(new Part(bodyStart, lines.size())), List.of());
        return new Split(reports, skipped);
    }

    private boolean hasTitle(List<String> lines, Part p) {
        for (int i = p.start(); i < Math.min(p.end(), p.start() + 3); i++) {
            if (titles.titleAtStart(lines.get(i)) != null) return true;
        }
        return false;
    }

    private int canonicalHeadings(List<String> lines, Part p) {
        int n = 0;
        for (Heading h : headings.parse(lines, p.start(), p.end())) {
            if (h.level() == 1 && !classifier.classify(h.text()).isEmpty()) n++;
        }
        return n;
    }
}
