package org.ogiaudit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.score.Ranking;

/**
 * A self-contained static site in a folder, in the reader's language: index.html (ranking, charts, errors) and one page
 * per report in reports/. Report pages are written as reports are checked; the overview, which needs the whole batch,
 * at the end.
 */
public final class HtmlSite implements Renderer {
    private final Path dir;
    private final Words words;
    private final List<Ranking.Row> rows = new ArrayList<>();
    private final Map<String, String> pages = new HashMap<>();
    /** Each rule id's finding title, for the chart of failures. */
    private final Map<String, String> titles = new TreeMap<>();
    private RunInfo run;

    public HtmlSite(Path dir, Lang lang) {
        this.dir = dir;
        this.words = new Words(lang);
    }

    @Override public void begin(RunInfo run) throws IOException {
        this.run = run;
        Files.createDirectories(dir.resolve("reports"));
    }

    @Override public void report(AuditResult r) throws IOException {
        rows.add(Ranking.Row.of(r));
        for (Finding f : r.findings()) titles.putIfAbsent(f.getRule(), words.text(f.getTitle()));
        if (r.facts() == null) return;
        String page = String.format("reports/%05d.html", rows.size());
        Files.writeString(dir.resolve(page), HtmlReportPage.render(r, run, words), StandardCharsets.UTF_8);
        pages.put(r.file() + "#" + r.part(), page);
    }

    @Override public void end(Tally tally) throws IOException {
        Files.writeString(dir.resolve("index.html"), HtmlOverview.render(Ranking.rank(rows), pages, titles, run, tally, words),
                StandardCharsets.UTF_8);
    }
}
