package org.ogiaudit.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.Breakdown;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.StatedTotal;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Finds totals stated in the prose with their parts ("共公布政府信息2602条(其中机构职能类信息82条,……,其他应主动公开
 * 政府信息1053条)", "在…主动公开的2026条政府信息中,……"), and the number of requests the prose says were received
 * (vocabulary/stated-requests.txt), to compare with table 三. A list is exhaustive when it has a residual part
 * (vocabulary/breakdown-residual.txt).
 */
final class Breakdowns {
    /** "N条…,其中" / "N件(其中": the total right before 其中. */
    private static final Pattern BEFORE_QIZHONG = Pattern.compile("(\\d+)\\s*(条|件)[^，,；;:：(（。\\d]{0,16}?[，,:：]?\\s*[(（]?其中[，,:：]?");
    /** "的N条政府信息中,": a total the parts are "among". */
    private static final Pattern AMONG = Pattern.compile("的\\s*(\\d+)\\s*(条|件)[^，,。\\d]{0,12}?中[，,:：]");
    private static final Pattern AFTER_FULL_STOP = Pattern.compile("(?<=。)");
    private static final Pattern ENDS_WITH_TOTAL = Pattern.compile("(\\d+)\\s*(条|件)\\s*$");
    private static final Pattern PART = Pattern.compile("^\\s*(?:及|和|以及|另有)?\\s*([^\\d]{1,40}?)\\s*(\\d+)\\s*(条|件)\\s*$");
    private static final Pattern SPLIT = Pattern.compile("[；;，,]|(?<=[条件])\\s*(?=及|和)");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(?:占|约占)?[\\d.]+\\s*[%％]\\s*$");
    private static final Pattern COUNT_IN = Pattern.compile("\\d+\\s*(?:条|件)");
    private static final Pattern NEW_TOTAL = Pattern.compile("其中|总数|共计|合计|总计|^共|全年共");

    private final Concept residual;
    private final Pattern received;
    private final Concept scoped;

    Breakdowns(Vocabulary v) {
        residual = v.get(ConceptName.BREAKDOWN_RESIDUAL);
        received = Pattern.compile(v.get(ConceptName.STATED_REQUESTS).asRegex() + "[^，,。；;\\d]{0,8}?(?<n>\\d+)\\s*件");
        scoped = v.get(ConceptName.STATED_REQUESTS_SCOPED);
    }

    /** Breakdowns in {@code lines[from..to)}, outside table rows; {@code ocr} tells the lines read by OCR (1-based). */
    List<Breakdown> find(List<String> lines, int from, int to, IntPredicate ocr) {
        List<Breakdown> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.contains(" | ") || line.indexOf('中') < 0) continue; // every pattern needs 其中 or …中
            String[] clauses = AFTER_FULL_STOP.split(line);
            for (int k = 0; k < clauses.length; k++) {
                String c = clauses[k];
                if (c.indexOf('中') < 0) continue;
                Matcher m = BEFORE_QIZHONG.matcher(c);
                Matcher a = AMONG.matcher(c);
                if (c.contains("其中") && m.find()) {
                    add(out, c, m, c.substring(m.end()), i + 1, ocr);
                } else if (c.indexOf('的') >= 0 && a.find()) {
                    add(out, c, a, c.substring(a.end()), i + 1, ocr);
                } else if (k > 0 && c.strip().startsWith("其中")) {
                    Matcher t = ENDS_WITH_TOTAL.matcher(clauses[k - 1].replaceAll("[。\\s]+$", ""));
                    if (t.find()) {
                        String rest = c.strip().replaceFirst("^其中[，,:：]?", "");
                        add(out, clauses[k - 1] + c, t, rest, i + 1, ocr);
                    }
                }
            }
        }
        return out;
    }

    private void add(List<Breakdown> out, String clause, Matcher total, String rest, int line, IntPredicate ocr) {
        String unit = total.group(2);
        String body = rest;
        int close = unmatchedClose(body);
        if (close >= 0) body = body.substring(0, close);
        body = body.replaceAll("。.*$", "");
        List<Breakdown.Part> parts = new ArrayList<>();
        String[] pieces = SPLIT.split(body);
        boolean readToEnd = true;
        for (int k = 0; k < pieces.length; k++) {
            String piece = pieces[k];
            if (piece.isBlank() || PERCENT.matcher(piece).matches()) continue;
            if (NEW_TOTAL.matcher(piece).find()) { readToEnd = false; break; }
            // "…;政府信息公开行政诉讼46件,其中…": a number followed by its own 其中 starts a new total
            if (k + 1 < pieces.length && pieces[k + 1].strip().startsWith("其中")) { readToEnd = false; break; }
            Matcher p = PART.matcher(piece);
            String partLabel = p.matches() && p.group(3).equals(unit) ? p.group(1).strip() : null;
            if (partLabel == null || HeadingParser.countHan(partLabel) < 1) {
                // the list ends here; a piece that still counts in the unit is a part not read: the list goes on
                readToEnd = !COUNT_IN.matcher(piece).find() || !piece.contains(unit);
                break;
            }
            parts.add(new Breakdown.Part(partLabel, new BigDecimal(p.group(2)), line));
        }
        if (parts.size() < 2) return;
        // a residual part ("其他信息") closes a list only as its last item, the list read to its end: "其他文件信息5条"
        // second in a list of eight is one category among others
        boolean exhaustive = readToEnd && residual.in(parts.get(parts.size() - 1).label());
        String quote = clause.strip();
        out.add(new Breakdown(Breakdown.Source.PROSE, null, new BigDecimal(total.group(1)), unit, parts, exhaustive,
                new Evidence(quote.length() > 200 ? quote.substring(0, 199) + "…" : quote, line, null, ocr.test(line)), List.of()));
    }

    /** Where a bracket that {@code text} did not open is closed ("…1053条)": the end of "(其中…"), or -1. */
    private static int unmatchedClose(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if (c == ')' || c == '）') {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }

    /** Numbers of requests received that the prose states, each with its sentence. */
    List<StatedTotal> receivedRequests(List<Sentence> sentences) {
        List<StatedTotal> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.text().contains(" | ") || s.text().indexOf('件') < 0 || !s.text().contains("申请")) continue;
            for (String clause : s.text().split("[，,；;]")) {
                Matcher m = received.matcher(clause);
                if (m.find()) {
                    out.add(new StatedTotal(new BigDecimal(m.group("n")), scoped.in(clause),
                            s.evidence(clause.strip())));
                }
            }
        }
        return out;
    }
}
