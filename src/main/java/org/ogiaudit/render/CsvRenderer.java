package org.ogiaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Severity;
import org.ogiaudit.score.CrossAdjustments;
import org.ogiaudit.score.Ranking;

/**
 * The ranking as one row per report, in UTF-8 with a byte-order mark so that spreadsheet software in government
 * offices (WPS, Excel) shows the Chinese correctly; headers and values in the reader's language, rule ids as they are.
 * Ranks need the whole batch, so rows (a few hundred bytes each) are kept until the end.
 */
public final class CsvRenderer implements Renderer {
    private final Writer writer;
    private final Words words;
    private final List<Ranking.Row> rows = new ArrayList<>();
    private final CrossAdjustments adjustments = new CrossAdjustments();
    private RunInfo run;

    public CsvRenderer(Writer writer, Lang lang) {
        this.writer = writer;
        this.words = new Words(lang);
    }

    /** The header of the ranking in {@code lang}. */
    static String[] header(Lang lang) {
        return new Words(lang).get("csv.header").split(",");
    }

    @Override public void begin(RunInfo run) {
        this.run = run;
    }

    @Override public void report(AuditResult r) {
        rows.add(Ranking.Row.of(r));
    }

    /** A cross-report finding changes its report's row: score, counts, failed rules, marks. */
    @Override public void cross(CrossFinding f) {
        adjustments.add(f);
    }

    @Override public void end(Tally tally) throws IOException {
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header(words.lang())).get());
        String profile = words.profileShort(run.profile());
        for (Ranking.Ranked k : Ranking.rank(adjustments.apply(rows))) {
            Ranking.Row r = k.row();
            csv.printRecord(k.rank() == 0 ? null : k.rank(), k.regionRank() == 0 ? null : k.regionRank(), r.file(), r.part(),
                    words.get(r.ok() ? "status.ok" : "status.error"), r.error() == null ? null : words.text(r.error()), r.agency(),
                    r.organKind() == null ? null : words.label(r.organKind()), r.region(), r.regionCode(), r.year(),
                    r.regime() == null ? null : words.label(r.regime()), r.publishedOn() == null ? null : words.date(r.publishedOn()),
                    r.publishedOnSource() == null ? null : words.source(r.publishedOnSource()), r.score(),
                    r.deducted().get(Category.COMPLETENESS), r.deducted().get(Category.TIMELINESS),
                    r.deducted().get(Category.CONSISTENCY), r.deducted().get(Category.FORMAT),
                    r.fails().get(Severity.ERROR), r.fails().get(Severity.WARNING), r.fails().get(Severity.INFO),
                    r.uncertain(), r.accepted(), r.advisory(), r.ok() ? r.applicable() : null, String.join(" ", r.failedRules()),
                    words.marks(r), profile);
        }
        csv.flush();
    }
}
