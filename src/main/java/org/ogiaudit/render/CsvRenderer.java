package org.ogiaudit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Severity;
import org.ogiaudit.model.Status;

/**
 * One row per report, in UTF-8 with a byte-order mark so that spreadsheet software in government offices shows the
 * Chinese correctly.
 */
public final class CsvRenderer implements Renderer {
    private static final String[] HEADER = {"file", "part", "status", "error", "agency", "organ_kind", "report_year",
            "regime", "published_on", "published_on_source", "score", "deducted_completeness", "deducted_timeliness",
            "deducted_consistency", "deducted_format", "fail_error", "fail_warning", "fail_info", "uncertain", "accepted", "failed_rules"};
    private final Writer writer;
    private CSVPrinter csv;

    public CsvRenderer(Writer writer) {
        this.writer = writer;
    }

    @Override public void begin(RunInfo run) throws IOException {
        writer.write('\uFEFF');
        csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    }

    @Override public void report(AuditResult r) throws IOException {
        Report rep = r.facts() == null ? null : r.facts().getReport();
        int[] bySeverity = new int[Severity.values().length];
        int uncertain = 0;
        int accepted = 0;
        TreeSet<String> failed = new TreeSet<>();
        for (Finding f : r.findings()) {
            if (f.isAccepted()) {
                accepted++;
            } else if (f.getStatus() == Status.FAIL) {
                bySeverity[f.getSeverity().ordinal()]++;
                failed.add(f.getRule());
            } else {
                uncertain++;
            }
        }
        csv.printRecord(r.file(), r.part(), r.isOk() ? "ok" : "error", r.error(),
                rep == null ? null : rep.getAgency(), rep == null ? null : rep.getOrganKind(),
                rep == null ? null : rep.getReportYear(), rep == null || rep.getRegime() == null ? null : rep.getRegime(),
                rep == null ? null : rep.getPublishedOn(), rep == null ? null : rep.getPublishedOnSource(),
                r.score() == null ? null : r.score().value(),
                deducted(r, Category.COMPLETENESS), deducted(r, Category.TIMELINESS), deducted(r, Category.CONSISTENCY),
                deducted(r, Category.FORMAT), bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()], uncertain, accepted, String.join(" ", failed));
        csv.flush();
    }

    private static Integer deducted(AuditResult r, Category c) {
        return r.score() == null ? null : r.score().byCategory().get(c);
    }

    @Override public void end(Tally tally) throws IOException {
        csv.flush();
    }

}
