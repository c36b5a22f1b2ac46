package org.ogiaudit.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Lang;
import org.ogiaudit.score.CrossAdjustments;

/** The JSON contract (README, "JSON output"), written report by report so a large batch never sits in memory. */
public final class JsonRenderer implements Renderer {
    private final ObjectMapper mapper = new ObjectMapper();
    private final FactsJson facts;
    private final JsonGenerator out;
    private final Lang lang;
    private final java.util.List<org.ogiaudit.score.Ranking.Row> rows = new java.util.ArrayList<>();
    private final CrossAdjustments adjustments = new CrossAdjustments();
    private boolean inCross;

    /** @param lang the language of the texts; keys, enum values and rule ids are the same in every language */
    public JsonRenderer(Writer writer, Lang lang) throws IOException {
        this.out = mapper.getFactory().createGenerator(writer).useDefaultPrettyPrinter();
        this.facts = new FactsJson(mapper, lang);
        this.lang = lang;
    }

    @Override public void begin(RunInfo run) throws IOException {
        out.writeStartObject();
        out.writeObjectFieldStart("tool");
        out.writeStringField("name", "ogi-audit");
        out.writeStringField("version", run.version());
        out.writeEndObject();
        out.writeObjectFieldStart("rulebook");
        out.writeStringField("source", run.rulebookSource());
        out.writeStringField("sha256", run.rulebookSha256());
        out.writeNumberField("rules", run.rules());
        out.writeEndObject();
        out.writeStringField("scoring", run.scoringMethod());
        out.writeStringField("profile", run.profile().id());
        out.writeStringField("lang", lang == Lang.ZH ? "zh" : "en");
        out.writeArrayFieldStart("reports");
    }

    @Override public void report(AuditResult result) throws IOException {
        mapper.writeTree(out, facts.result(result));
        out.flush();
        rows.add(org.ogiaudit.score.Ranking.Row.of(result));
    }

    /** Cross-report findings follow the reports, in "crossReport": each names both reports and quotes both. */
    @Override public void cross(CrossFinding f) throws IOException {
        if (!inCross) {
            out.writeEndArray();
            out.writeArrayFieldStart("crossReport");
            inCross = true;
        }
        mapper.writeTree(out, facts.crossFinding(f));
        adjustments.add(f);
    }

    @Override public void end(Tally tally) throws IOException {
        if (!inCross) {
            out.writeEndArray();
            out.writeArrayFieldStart("crossReport");
        }
        out.writeEndArray();
        // ranks need the whole batch: reports of one year by score, ties sharing a rank (1, 2, 2, 4); the score ranked
        // is the report's own less its cross-report FAIL findings, and a second copy of a report is not ranked
        out.writeArrayFieldStart("ranking");
        for (var k : org.ogiaudit.score.Ranking.rank(adjustments.apply(rows))) {
            out.writeStartObject();
            out.writeStringField("file", k.row().file());
            out.writeNumberField("part", k.row().part());
            if (k.row().year() == null) out.writeNullField("reportYear"); else out.writeNumberField("reportYear", k.row().year());
            out.writeStringField("region", k.row().region());
            if (k.row().score() == null) out.writeNullField("score"); else out.writeNumberField("score", k.row().score());
            if (k.rank() == 0) out.writeNullField("rank"); else out.writeNumberField("rank", k.rank());
            if (k.regionRank() == 0) out.writeNullField("regionRank"); else out.writeNumberField("regionRank", k.regionRank());
            out.writeNumberField("crossDeducted", k.row().crossDeducted());
            if (k.row().duplicateOf() != null) out.writeStringField("duplicateOf", k.row().duplicateOf());
            out.writeArrayFieldStart("marks");
            for (var m : k.row().marks()) out.writeString(m.id());
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("summary");
        out.writeNumberField("files", tally.files());
        out.writeNumberField("reports", tally.reports());
        out.writeNumberField("errors", tally.errors());
        out.writeNumberField("ignored", tally.ignored());
        out.writeNumberField("fail", tally.fails());
        out.writeNumberField("uncertain", tally.uncertain());
        out.writeNumberField("accepted", tally.accepted());
        out.writeNumberField("advisory", tally.advisory());
        if (tally.baselineInUse()) {
            out.writeArrayFieldStart("staleBaselineEntries");
            for (var e : tally.stale()) {
                out.writeStartObject();
                out.writeStringField("fingerprint", e.fingerprint());
                out.writeStringField("rule", e.rule());
                out.writeStringField("report", e.report());
                out.writeStringField("message", e.message());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (tally.meanScore() == null) out.writeNullField("meanScore"); else out.writeNumberField("meanScore", Math.round(tally.meanScore() * 10) / 10.0);
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
        out.flush();
    }
}
