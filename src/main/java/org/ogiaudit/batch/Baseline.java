package org.ogiaudit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import org.ogiaudit.model.Acceptance;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.ReportFacts;

/**
 * Findings a supervising office has reviewed and accepted, kept in a JSON file (--baseline FILE).
 *
 * <p>A finding is recognised by its fingerprint: a hash of the rule id, the report (organ and year, or the file name
 * and part when either is unknown) and the finding's message in Chinese, whatever language the run is shown in. It leaves out line numbers and the outline, so it
 * survives re-runs and edits elsewhere in the report. Writing the baseline only ever adds entries; an entry that no
 * longer matches a finding of a report checked in this run is reported as stale, never dropped.
 */
public final class Baseline {
    /** One accepted finding, as stored. */
    public record Entry(String fingerprint, String rule, String report, String message, String by, String reason, String on) { }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> matched = new HashSet<>();
    private final Set<String> reportsChecked = new HashSet<>();
    private final List<Finding> unaccepted = new ArrayList<>();
    private final Map<Finding, String> reportOf = new LinkedHashMap<>();

    /** An empty baseline (for a first --write-baseline). */
    public Baseline() { }

    /** Reads a baseline file; a missing file is an empty baseline. */
    public static Baseline read(Path file) throws IOException {
        Baseline b = new Baseline();
        if (!Files.exists(file)) return b;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("the baseline " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        for (JsonNode n : root.path("accepted")) {
            Entry e = new Entry(n.path("fingerprint").asText(), n.path("rule").asText(), n.path("report").asText(),
                    n.path("message").asText(), n.path("by").asText(null), n.path("reason").asText(null), n.path("on").asText(null));
            if (!e.fingerprint().isEmpty()) b.entries.put(e.fingerprint(), e);
        }
        return b;
    }

    /** How a report is named in fingerprints: "organ year", else "file#part". */
    static String reportKey(ReportFacts facts) {
        Report r = facts.getReport();
        if (r.getAgency() != null && r.getReportYear() != null) return r.getAgency() + " " + r.getReportYear();
        String file = Path.of(r.getFile()).getFileName().toString();
        return file + "#" + r.getPart();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String fingerprint(String reportKey, Finding f) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((f.getRule() + "\u0000" + reportKey + "\u0000" + SPACES.matcher(f.getMessage().zh()).replaceAll(" ").strip())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives each finding its fingerprint, for output and for later baselines, whether or not a baseline is in use. */
    public static List<Finding> fingerprinted(ReportFacts facts, List<Finding> findings) {
        String key = reportKey(facts);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(f.withFingerprint(fingerprint(key, f)));
        return out;
    }

    /** Marks the report's (fingerprinted) findings that the baseline accepts; remembers the rest for {@link #write}. */
    public synchronized List<Finding> apply(ReportFacts facts, List<Finding> findings) {
        String key = reportKey(facts);
        reportsChecked.add(key);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String fp = f.getFingerprint();
            Entry e = entries.get(fp);
            if (e != null) {
                matched.add(fp);
                out.add(f.accepted(new Acceptance(fp, e.by(), e.reason(), e.on())));
            } else {
                unaccepted.add(f);
                reportOf.put(f, key);
                out.add(f);
            }
        }
        return out;
    }

    /** How a cross-report finding's report is named in fingerprints: as {@link #reportKey(ReportFacts)}. */
    static String reportKey(CrossReport r) {
        if (r.getOrgan() != null && r.getYear() != null) return r.getOrgan() + " " + r.getYear();
        return Path.of(r.getFile()).getFileName().toString() + "#" + r.getPart();
    }

    /** A cross-report finding with its fingerprint, taken under the report it is about. */
    public static CrossFinding fingerprinted(CrossFinding cf) {
        Finding f = cf.finding().withFingerprint(fingerprint(reportKey(cf.report()), cf.finding()));
        return new CrossFinding(f, cf.report(), cf.other(), cf.otherEvidence());
    }

    /** As {@link #apply(ReportFacts, List)}, for a (fingerprinted) cross-report finding. */
    public synchronized CrossFinding apply(CrossFinding cf) {
        Finding f = cf.finding();
        String fp = f.getFingerprint();
        Entry e = entries.get(fp);
        if (e == null) {
            unaccepted.add(f);
            reportOf.put(f, reportKey(cf.report()));
            return cf;
        }
        matched.add(fp);
        return new CrossFinding(f.accepted(new Acceptance(fp, e.by(), e.reason(), e.on())), cf.report(), cf.other(), cf.otherEvidence());
    }

    /** Entries whose report was checked in this run but whose finding no longer occurs. */
    public synchronized List<Entry> stale() {
        return entries.values().stream().filter(e -> reportsChecked.contains(e.report()) && !matched.contains(e.fingerprint())).toList();
    }

    public synchronized int acceptedInRun() { return matched.size(); }

    public synchronized int size() { return entries.size(); }

    /**
     * Writes the baseline with every earlier entry kept and this run's unaccepted findings added (only those of
     * {@code onlyRules} when it is not empty), through a temporary file so that an interrupted write loses nothing.
     * Returns the number of entries added.
     */
    public synchronized int write(Path file, String by, String reason, Set<String> onlyRules) throws IOException {
        int added = 0;
        String today = LocalDate.now().toString();
        for (Finding f : unaccepted) {
            if (!onlyRules.isEmpty() && !onlyRules.contains(f.getRule())) continue;
            String key = reportOf.get(f);
            String fp = f.getFingerprint();
            if (entries.putIfAbsent(fp, new Entry(fp, f.getRule(), key, f.getMessage().zh(), by, reason, today)) == null) added++;
            matched.add(fp); // it occurs in this run: not stale
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("about", "Findings accepted after review (ogi-audit --baseline). Edit 'by' and 'reason'; "
                + "entries are matched by fingerprint, never removed by the tool.");
        ArrayNode list = root.putArray("accepted");
        Set<String> staleNow = new HashSet<>(stale().stream().map(Entry::fingerprint).toList());
        for (Entry e : entries.values()) {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint()).put("rule", e.rule()).put("report", e.report()).put("message", e.message())
                    .put("by", e.by()).put("reason", e.reason()).put("on", e.on());
            if (staleNow.contains(e.fingerprint())) n.put("stale", true);
        }
        try (org.ogiaudit.render.AtomicFile out = org.ogiaudit.render.AtomicFile.create(file)) {
            out.writer().write(mapper.writeValueAsString(root) + "\n");
            out.commit();
        }
        return added;
    }
}
