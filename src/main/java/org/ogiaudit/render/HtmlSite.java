package org.ogiaudit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.score.CrossAdjustments;
import org.ogiaudit.score.Ranking;

/**
 * A self-contained static site in a folder, in the reader's language: index.html (ranking, charts, errors), one page
 * per report in reports/, and one page per organ in organs/ (its years side by side and the cross-report findings about
 * them). Report pages are written as reports are checked; the overview and the organ pages, which need the whole batch
 * and the cross-report phase, at the end.
 */
public final class HtmlSite implements Renderer {
    private final Path dir;
    private final Words words;
    private final List<Ranking.Row> rows = new ArrayList<>();
    private final Map<String, String> pages = new HashMap<>();
    /** Each rule id's finding title, for the chart of failures. */
    private final Map<String, String> titles = new TreeMap<>();
    private final List<CrossFinding> cross = new ArrayList<>();
    private final CrossAdjustments adjustments = new CrossAdjustments();
    private RunInfo run;

    public HtmlSite(Path dir, Lang lang) {
        this.dir = dir;
        this.words = new Words(lang);
    }

    @Override public void begin(RunInfo run) throws IOException {
        this.run = run;
        Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(dir.resolve("organs"));
    }

    @Override public void report(AuditResult r) throws IOException {
        rows.add(Ranking.Row.of(r));
        for (Finding f : r.findings()) titles.putIfAbsent(f.getRule(), words.text(f.getTitle()));
        if (r.facts() == null) return;
        String page = String.format("reports/%05d.html", rows.size());
        String organ = CrossReport.organKey(r.facts().getReport().getAgency());
        Files.writeString(dir.resolve(page), HtmlReportPage.render(r, run, words, organ == null ? null : HtmlOrganPage.path(organ)),
                StandardCharsets.UTF_8);
        pages.put(r.file() + "#" + r.part(), page);
    }

    @Override public void cross(CrossFinding f) {
        titles.putIfAbsent(f.finding().getRule(), words.text(f.finding().getTitle()));
        cross.add(f);
        adjustments.add(f);
    }

    @Override public void end(Tally tally) throws IOException {
        List<Ranking.Ranked> ranked = Ranking.rank(adjustments.apply(rows));
        Map<String, String> organPages = new HashMap<>();
        Map<String, List<Ranking.Ranked>> byOrgan = new LinkedHashMap<>();
        for (Ranking.Ranked k : ranked) {
            String key = CrossReport.organKey(k.row().agency());
            if (key == null || !k.row().ok()) continue;
            byOrgan.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            organPages.put(k.row().file() + "#" + k.row().part(), HtmlOrganPage.path(key));
        }
        Map<String, List<CrossFinding>> findingsByOrgan = new TreeMap<>();
        for (CrossFinding f : cross) {
            if (f.report().getOrganKey() != null) findingsByOrgan.computeIfAbsent(f.report().getOrganKey(), x -> new ArrayList<>()).add(f);
        }
        for (var e : byOrgan.entrySet()) {
            List<Ranking.Ranked> years = new ArrayList<>(e.getValue());
            years.sort(java.util.Comparator.comparing(k -> k.row().year() == null ? Integer.MIN_VALUE : k.row().year()));
            Files.writeString(dir.resolve(HtmlOrganPage.path(e.getKey())), HtmlOrganPage.render(years.get(0).row().agency(), years, pages,
                    findingsByOrgan.getOrDefault(e.getKey(), List.of()), run, words), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("index.html"), HtmlOverview.render(ranked, pages, organPages, titles, run, tally, words), StandardCharsets.UTF_8);
    }
}
