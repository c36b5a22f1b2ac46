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
import org.ogiaudit.score.CrossAdjustments;
import org.ogiaudit.model.Severity;
import org.ogiaudit.score.Ranking;

/**
 * The ranking as one row per report, in UTF-8 with a byte-order mark so that spreadsheet software in government
 * offices shows the Chinese correctly. Ranks need the whole batch, so rows (a few hundred bytes each) are kept until
 * the end.
 */
public final class CsvRenderer implements Renderer {
    static final String[] HEADER = {"rank", "region_rank", "file", "part", "status", "error", "agency", "organ_kind",
            "region", "report_year", "regime", "published_on", "published_on_source", "score", "deducted_completeness",
            "deducted_timeliness", "deducted_consistency", "deducted_format", "fail_error", "fail_warning", "fail_info",
            "uncertain", "accepted", "failed_rules", "marks"};
    private final Writer writer;
    private final List<Ranking.Row> rows = new ArrayList<>();
    private final CrossAdjustments adjustments = new CrossAdjustments();

    public CsvRenderer(Writer writer) {
        this.writer = writer;
    }

    @Override public void begin(RunInfo run) { }

    @Override public void report(AuditResult r) {
        rows.add(Ranking.Row.of(r));
    }

    /** A cross-report finding changes its report's row: score, counts, failed rules, marks. */
    @Override public void cross(CrossFinding f) {
        adjustments.add(f);
    }

    @Override public void end(Tally tally) throws IOException {
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        for (Ranking.Ranked k : Ranking.rank(adjustments.apply(rows))) {
            Ranking.Row r = k.row();
            csv.printRecord(k.rank() == 0 ? null : k.rank(), k.regionRank() == 0 ? null : k.regionRank(), r.file(), r.part(),
                    r.ok() ? "ok" : "error", r.error(), r.agency(), r.organKind(), r.region(), r.year(), r.regime(),
                    r.publishedOn(), r.publishedOnSource(), r.score(), r.deducted().get(Category.COMPLETENESS),
                    r.deducted().get(Category.TIMELINESS), r.deducted().get(Category.CONSISTENCY), r.deducted().get(Category.FORMAT),
                    r.fails().get(Severity.ERROR), r.fails().get(Severity.WARNING), r.fails().get(Severity.INFO),
                    r.uncertain(), r.accepted(), String.join(" ", r.failedRules()), String.join("; ", r.marks()));
        }
        csv.flush();
    }
}
