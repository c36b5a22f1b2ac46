package org.ogiaudit.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.CrossFinding;

/**
 * JSON Lines for large batches: one line per report, flushed as it is written, so that a crash at report 40,000 loses
 * nothing before it and {@code --resume} can carry on. The first line describes the run (tool, rulebook, scoring), the
 * last one the batch; each report line has the same keys as an entry of the JSON output's "reports", and each line of
 * type "cross" (after the reports) those of an entry of its "crossReport".
 */
public final class JsonLinesRenderer implements Renderer {
    private final ObjectMapper mapper = new ObjectMapper();
    private final FactsJson facts;
    private final Writer out;
    private final boolean resuming;
    private final Lang lang;

    /**
     * @param resuming true when appending to the lines of an earlier, interrupted run with the same rulebook and profile
     * @param lang     the language of the texts
     */
    public JsonLinesRenderer(Writer out, boolean resuming, Lang lang) {
        this.out = out;
        this.resuming = resuming;
        this.lang = lang;
        this.facts = new FactsJson(mapper, lang);
    }

    @Override public void begin(RunInfo run) throws IOException {
        if (resuming) return;
        ObjectNode o = mapper.createObjectNode().put("type", "run");
        o.putObject("tool").put("name", "ogi-audit").put("version", run.version());
        o.putObject("rulebook").put("source", run.rulebookSource()).put("sha256", run.rulebookSha256()).put("rules", run.rules());
        o.put("scoring", run.scoringMethod());
        o.put("profile", run.profile().id());
        o.put("lang", lang == Lang.ZH ? "zh" : "en");
        line(o);
    }

    @Override public void report(AuditResult result) throws IOException {
        ObjectNode o = mapper.createObjectNode().put("type", "report");
        o.setAll(facts.result(result));
        line(o);
    }

    /** A line of type "cross" per cross-report finding, after the reports' lines. */
    @Override public void cross(CrossFinding f) throws IOException {
        ObjectNode o = mapper.createObjectNode().put("type", "cross");
        o.setAll(facts.crossFinding(f));
        line(o);
    }

    @Override public void end(Tally tally) throws IOException {
        line(mapper.createObjectNode().put("type", "summary").put("files", tally.files()).put("reports", tally.reports())
                .put("errors", tally.errors()).put("ignored", tally.ignored()).put("fail", tally.fails()).put("uncertain", tally.uncertain()));
    }

    private void line(ObjectNode o) throws IOException {
        out.write(mapper.writeValueAsString(o));
        out.write('\n');
        out.flush();
    }
}
