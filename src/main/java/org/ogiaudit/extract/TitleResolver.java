package org.ogiaudit.extract;

import java.util.List;
import org.ogiaudit.ingest.AsciiClasses;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Provenance.Origin;

/** The report's title: a title line near its start, else (for a file holding one report) the page's own title. */
final class TitleResolver {
    private static final int TITLE_SEARCH = 12;
    /** The last words of a title that a line break cut off. */
    private static final java.util.regex.Pattern BROKEN_END = java.util.regex.Pattern.compile("(?:工作)?(?:年度)?(?:报告|年报)\\s*$");
    /** Page metadata that may carry the report's title, in order of trust. */
    private static final List<String> TITLE_FIELDS = List.of("标题", "ArticleTitle", "名称", "html:title", "pdf:Title");

    private final Titles titles;
    private final Organs organs;

    TitleResolver(Titles titles, Organs organs) {
        this.titles = titles;
        this.organs = organs;
    }

    Resolved<String> resolve(ReportText t) {
        return Resolved.first(() -> inText(t), () -> fromMetadata(t));
    }

    private Resolved<String> inText(ReportText t) {
        List<String> lines = t.lines;
        for (int i = t.start; i < Math.min(t.end, t.start + TITLE_SEARCH); i++) {
            String title = titles.titleAtStart(lines.get(i));
            if (title != null) return new Resolved<>(title, Provenance.of(Origin.BODY), t.evidence(title, i + 1));
            if (i + 1 >= t.end) continue;
            String line = lines.get(i).strip();
            String next = lines.get(i + 1).strip();
            // a next line that is a title naming its own organ needs nothing from this one (a site name, a column)
            String nextTitle = titles.titleAtStart(next);
            if (nextTitle != null && organs.fromTitle(nextTitle) != null) continue;
            // a title set on two lines: the organ, then the year and "政府信息公开工作年度报告" (common in PDFs); or
            // broken before its last words ("道县文广新局2013年度信息公开工作" / "年度报告")
            boolean organFirst = line.length() <= 25 && !AsciiClasses.hasDigit(line) && organs.kind(line) != OrganKind.UNKNOWN;
            boolean brokenEnd = line.length() <= 60 && BROKEN_END.matcher(next).lookingAt();
            if (organFirst || brokenEnd) {
                String joined = titles.titleAtStart(line + next);
                if (joined != null && joined.length() > line.length()) {
                    return new Resolved<>(joined, Provenance.of(Origin.BODY), new Evidence(joined, i + 1, null,
                            t.readByOcr(i + 1) || t.readByOcr(i + 2)));
                }
            }
        }
        return null;
    }

    private Resolved<String> fromMetadata(ReportText t) {
        for (String name : TITLE_FIELDS) {
            PageMetadata m = t.meta(name);
            if (m == null || Titles.year(m.value()) == null) continue;
            String clean = Titles.cleanPageTitle(m.value());
            String inClean = titles.titleAtStart(clean);
            return new Resolved<>(inClean != null ? inClean : clean, Provenance.of(Origin.PAGE_METADATA, name),
                    new Evidence(m.quote(), m.line()));
        }
        return null;
    }
}
