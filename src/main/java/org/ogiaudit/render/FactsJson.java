package org.ogiaudit.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Category;
import org.ogiaudit.model.CheckResult;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Outcome;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Mention;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.model.Section;
import org.ogiaudit.model.StatisticsPeriod;
import org.ogiaudit.model.YearClaim;

/**
 * The JSON form of facts and results, shared by {@code check --format json} and the {@code facts} command. The keys
 * of the JSON contract (README) are kept; more may be added, never renamed.
 */
public final class FactsJson {
    private final ObjectMapper mapper;
    private final Lang lang;

    /** @param lang the language of the texts (titles, messages, bases, advice); keys and enum values never change */
    public FactsJson(ObjectMapper mapper, Lang lang) {
        this.mapper = mapper;
        this.lang = lang;
    }

    public ObjectNode result(AuditResult r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", r.file());
        o.put("part", r.part());
        o.put("status", r.isOk() ? "ok" : "error");
        if (r.error() == null) o.putNull("error"); else o.put("error", r.error().in(lang));
        if (r.facts() == null) o.putNull("facts"); else o.set("facts", facts(r.facts()));
        ArrayNode fs = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode fo = finding(f);
            if (f.getFingerprint() != null) fo.put("fingerprint", f.getFingerprint());
            fs.add(fo);
        }
        // every check of the rulebook, so that a score can be told from how much was checked
        ArrayNode cs = o.putArray("checks");
        for (CheckResult c : r.checks()) {
            ObjectNode co = cs.addObject().put("rule", c.rule()).put("outcome", c.outcome().name()).put("title", c.title().in(lang))
                    .put("category", c.category().name().toLowerCase(java.util.Locale.ROOT)).put("points", c.points())
                    .put("basisKind", c.basisKind().id());
            if (c.outcome() == Outcome.NOT_APPLICABLE) co.put("why", c.why().in(lang));
        }
        if (r.score() == null) {
            o.putNull("score");
        } else {
            o.put("score", r.score().value());
            ObjectNode deducted = o.putObject("deductedByCategory");
            for (Map.Entry<Category, Integer> e : new java.util.TreeMap<>(r.score().byCategory()).entrySet()) {
                deducted.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue());
            }
            ArrayNode ds = o.putArray("deductions");
            for (var d : r.score().deductions()) {
                ds.addObject().put("rule", d.rule()).put("category", d.category().name().toLowerCase(java.util.Locale.ROOT))
                        .put("points", d.points());
            }
        }
        return o;
    }

    public ObjectNode facts(ReportFacts facts) {
        Report r = facts.getReport();
        ObjectNode o = mapper.createObjectNode();
        o.put("title", r.getTitle());
        o.set("titleEvidence", evidence(r.getTitleEvidence()));
        o.put("agency", r.getAgency());
        o.put("agencySource", text(r.getAgencySource()));
        o.put("organKind", r.getOrganKind().name());
        o.put("organKindSource", text(r.getOrganKindSource()));
        o.put("region", r.getRegion());
        o.put("regionSource", text(r.getRegionSource()));
        o.put("regionCode", r.getRegionCode());
        o.put("division", r.getDivision());
        o.put("divisionCode", r.getDivisionCode());
        o.put("url", r.getUrl());
        if (r.getReportYear() == null) o.putNull("reportYear"); else o.put("reportYear", r.getReportYear());
        o.put("yearSource", text(r.getYearSource()));
        if (r.isYearReadByOcr()) o.put("yearReadByOcr", true);
        o.put("regime", r.getRegime() == null ? null : r.getRegime().name());
        o.put("publishedOn", r.getPublishedOn() == null ? null : r.getPublishedOn().toString());
        o.put("publishedOnSource", text(r.getPublishedOnSource()));
        o.set("publishedOnEvidence", evidence(r.getPublishedOnEvidence()));
        o.put("signedOn", r.getSignedOn() == null ? null : r.getSignedOn().toString());
        o.set("signedOnEvidence", evidence(r.getSignedOnEvidence()));
        StatisticsPeriod p = facts.getStatisticsPeriod();
        if (p == null) {
            o.putNull("statisticsPeriod");
        } else {
            ObjectNode po = o.putObject("statisticsPeriod");
            po.put("from", p.getFrom() == null ? null : p.getFrom().toString());
            po.put("to", p.getTo() == null ? null : p.getTo().toString());
            po.put("quote", p.getQuote());
            po.put("line", p.getLine());
            if (p.isReadByOcr()) po.put("ocr", true);
        }
        ArrayNode sections = o.putArray("sections");
        for (Section s : facts.getSections()) {
            ObjectNode so = sections.addObject();
            ArrayNode kinds = so.putArray("kinds");
            s.getKinds().forEach(k -> kinds.add(k.name()));
            so.put("heading", s.getHeading());
            so.put("line", s.getLine());
            so.put("level", s.getLevel());
            so.put("number", s.getOrdinal());
            so.put("emptyBody", s.isEmptyBody());
            so.put("inAppendix", s.isInAppendix());
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : facts.getMentions()) {
            ocr(mentions.addObject().put("topic", m.getTopic().name()).put("quote", m.getEvidence().getQuote())
                    .put("line", m.getEvidence().getLine()), m.getEvidence());
        }
        ArrayNode claims = o.putArray("yearClaims");
        for (YearClaim c : facts.getYearClaims()) {
            ocr(claims.addObject().put("year", c.getYear()).put("source", c.getSource().name())
                    .put("quote", c.getEvidence().getQuote()).put("line", c.getEvidence().getLine()), c.getEvidence());
        }
        ArrayNode tables = o.putArray("tables");
        for (var t : facts.getTables()) {
            ObjectNode to = tables.addObject().put("table", t.getTable().name()).put("state", t.getState().name()).put("note", t.getNote() == null ? null : t.getNote().en()); // facts read the same in every language
            if (t.getEvidence() != null) to.put("line", t.getEvidence().getLine());
            ObjectNode rows = to.putObject("rows");
            for (var c : facts.getTableCells()) {
                if (c.getTable() != t.getTable()) continue;
                String key = c.getRow().getKey();
                ObjectNode row = rows.has(key) ? (ObjectNode) rows.get(key) : rows.putObject(key);
                if (!row.has("label")) {
                    row.put("label", c.getRowLabel()).put("line", c.getLine())
                            .put("read", c.getProblem() == null ? c.getReading().getDescription() : c.getReading().getDescription() + ": " + c.getProblem());
                    if (c.isReadByOcr()) row.put("ocr", true);
                }
                if (c.getConfirmation() != null) row.set(c.getColumn().name() + "ConfirmedBy", evidence(c.getConfirmation()));
                if (c.getValue() != null) row.put(c.getColumn().name(), c.getValue());
                else row.put(c.getColumn().name(), c.isBlank() ? "(blank)" : "(unreadable)");
            }
        }
        // prose breakdowns, the requests the prose states, then the appendix's groups and conflicts: the text's order
        ArrayNode totals = o.putArray("breakdowns");
        for (var b : facts.getBreakdowns()) {
            if (b.getSource() != org.ogiaudit.model.Breakdown.Source.PROSE) continue;
            breakdown(totals, b);
        }
        for (var st : facts.getStatedTotals()) {
            ocr(totals.addObject().put("source", "STATED_REQUESTS").put("value", st.getValue()).put("scoped", st.isScoped())
                    .put("quote", st.getEvidence().getQuote()).put("line", st.getEvidence().getLine()), st.getEvidence());
        }
        for (var b : facts.getBreakdowns()) {
            if (b.getSource() == org.ogiaudit.model.Breakdown.Source.PROSE) continue;
            breakdown(totals, b);
        }
        for (var c : facts.getConflicts()) {
            totals.addObject().put("source", "CONFLICT").put("label", c.getLabel()).put("column", c.getColumn())
                    .put("first", c.getFirst()).put("second", c.getSecond())
                    .put("firstLine", c.getFirstEvidence().getLine()).put("secondLine", c.getSecondEvidence().getLine());
        }
        if (r.isTextReadByOcr()) o.put("textReadByOcr", true);
        o.put("partCount", r.getPartCount());
        o.put("startsMidReport", r.isStartsMidReport());
        o.put("endsMidReport", r.isEndsMidReport());
        o.set("end", evidence(r.getEnd()));
        o.put("reached", r.getReached());
        o.set("outlineGap", evidence(r.getOutlineGap()));
        o.put("firstLine", r.getFirstLine());
        o.put("lastLine", r.getLastLine());
        ArrayNode notes = o.putArray("notes");
        facts.getNotes().forEach(n -> notes.add(n.in(lang)));
        return o;
    }

    public ObjectNode finding(Finding f) {
        ObjectNode o = mapper.createObjectNode();
        o.put("rule", f.getRule());
        o.put("ruleName", f.getRuleName());
        o.put("status", f.getStatus().name());
        o.put("severity", f.getSeverity().name().toLowerCase(java.util.Locale.ROOT));
        o.put("points", f.getPoints());
        o.put("deducted", f.getDeducted() > 0);
        o.put("advisory", f.isAdvisory());
        o.put("category", f.getCategory().name().toLowerCase(java.util.Locale.ROOT));
        o.put("basisKind", f.getBasisKind().id());
        o.put("title", f.getTitle().in(lang));
        o.put("basis", f.getBasis().in(lang));
        o.put("message", f.getMessage().in(lang));
        o.put("advice", f.getAdvice().in(lang));
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : f.getEvidence()) ev.add(evidence(e));
        if (f.isAccepted()) {
            o.putObject("accepted").put("by", f.getAcceptance().by()).put("reason", f.getAcceptance().reason())
                    .put("on", f.getAcceptance().on());
        } else {
            o.putNull("accepted");
        }
        return o;
    }

    private static void breakdown(ArrayNode totals, org.ogiaudit.model.Breakdown b) {
        ObjectNode bo = totals.addObject().put("source", b.getSource().name()).put("label", b.getLabel())
                .put("total", b.getTotal()).put("unit", b.getUnit()).put("exhaustive", b.isExhaustive())
                .put("partsSum", b.getPartsSum()).put("quote", b.getEvidence().getQuote()).put("line", b.getEvidence().getLine());
        if (b.isReadByOcr()) bo.put("ocr", true);
        ArrayNode ps = bo.putArray("parts");
        for (var part : b.getParts()) ps.addObject().put("label", part.label()).put("value", part.value()).put("line", part.line());
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /**
     * A finding of the cross-report phase: the finding's keys, then the two reports it names ("report", the one it is
     * about, and "other") and the other's quotes ("otherEvidence", with that report's line numbers).
     */
    public ObjectNode crossFinding(CrossFinding cf) {
        ObjectNode o = finding(cf.finding());
        if (cf.finding().getFingerprint() != null) o.put("fingerprint", cf.finding().getFingerprint());
        o.set("report", reportRef(cf.report()));
        o.set("other", reportRef(cf.other()));
        ArrayNode ev = o.putArray("otherEvidence");
        for (Evidence e : cf.otherEvidence()) ev.add(evidence(e));
        return o;
    }

    private ObjectNode reportRef(CrossReport r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", r.getFile());
        o.put("part", r.getPart());
        o.put("organ", r.getOrgan());
        if (r.getYear() == null) o.putNull("reportYear"); else o.put("reportYear", r.getYear());
        o.put("inThisRun", !r.isStored());
        if (r.isStored()) o.put("checkedAt", r.getCheckedAt());
        return o;
    }

    private ObjectNode evidence(Evidence e) {
        if (e == null) return null;
        ObjectNode o = mapper.createObjectNode();
        o.put("quote", e.getQuote());
        o.put("line", e.getLine());
        if (e.getCell() != null) o.put("cell", e.getCell());
        if (e.isReadByOcr()) o.put("ocr", true);
        return o;
    }

    /** Marks {@code o} {@code "ocr": true} when {@code e} was read by OCR (the key is left out otherwise). */
    private static ObjectNode ocr(ObjectNode o, Evidence e) {
        if (e.isReadByOcr()) o.put("ocr", true);
        return o;
    }
}
