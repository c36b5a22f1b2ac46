package org.ogiaudit.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ogiaudit.extract.Fingerprinter;
import org.ogiaudit.model.ReportDigest;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.Carryover;
import org.ogiaudit.model.Comparison;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.CrossReport;
import org.ogiaudit.model.InForce;
import org.ogiaudit.model.OrganMatch;
import org.ogiaudit.model.SharedText;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.TableRow;
import org.ogiaudit.render.FactsJson;
import org.ogiaudit.rules.CrossAuditor;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.store.HistoryStore;
import org.ogiaudit.store.StoreException;

/**
 * The second phase of a check: after every report was checked alone, each is compared with the others of the batch
 * and with what the history store holds, and the rules of {@code @phase("cross")} decide (rules/cross.drl).
 *
 * <p>While the batch runs, each result is digested ({@link Fingerprinter}), its digest written to disk and, with a
 * store, the report saved. Memory keeps per report only its organ, year and a position, and its sentences' fingerprints
 * in one sorted array ({@link SentenceIndex}), so similar reports are found without comparing every pair. Then, report
 * by report in input order: its organ's previous year (batch or store) for the carry-over and documents in force, and
 * the reports sharing its wording for copies and duplicates.
 */
public final class CrossPhase implements AutoCloseable {
    /** A wording more than this many reports have is a template's: it proves no copy, and is not searched. */
    static final int COMMON = 10;
    /** Sentences two reports must share before they are compared at all. */
    static final int MIN_SHARED = 3;
    /** Reports one report is compared with, the most similar first. */
    static final int MAX_OTHERS = 8;
    /** Shared sentences a finding quotes. */
    static final int EXAMPLES = 5;

    private static final List<TableColumn> T3_COLUMNS = List.of(TableColumn.NATURAL_PERSON, TableColumn.COMMERCIAL,
            TableColumn.RESEARCH, TableColumn.PUBLIC_INTEREST, TableColumn.LEGAL_SERVICE, TableColumn.OTHER, TableColumn.TOTAL);

    /** What memory keeps of one report of the batch. */
    private record Entry(String organKey, Integer year, long contentHash, long storeId) { }

    private final CrossAuditor auditor;
    private final Fingerprinter fingerprinter;
    private final HistoryStore store;
    private final long runId;
    private final String rulebookSha;
    private final FactsJson factsJson = new FactsJson(new ObjectMapper(), org.ogiaudit.model.Lang.ZH);
    private final DigestSpill spill;
    private final SentenceIndex index = new SentenceIndex();
    private final List<Entry> entries = new ArrayList<>();
    private final boolean compare;

    /**
     * @param store   the history store, or null: then only the batch is compared
     * @param runId   the run's id in the store (ignored without one)
     * @param compare false to only save the batch to the store, comparing nothing
     */
    public CrossPhase(Rulebook rulebook, HistoryStore store, long runId, boolean compare) throws IOException {
        this.compare = compare;
        this.auditor = new CrossAuditor(rulebook);
        this.fingerprinter = new Fingerprinter(rulebook.vocabulary());
        this.store = store;
        this.runId = runId;
        this.rulebookSha = rulebook.sha256();
        this.spill = new DigestSpill();
    }

    /** Takes one checked report (results that are errors are skipped): digests it, and saves it to the store. */
    public void add(AuditResult r) throws IOException, StoreException {
        if (r.facts() == null || !r.isOk()) return;
        ReportDigest d = r.digest() != null ? r.digest() : fingerprinter.digest(r.facts(), r.text());
        int id = spill.add(d);
        index.add(id, d.sentences());
        long storeId = store == null ? -1 : store.save(runId, r, d, factsJson.facts(r.facts()).toString(), rulebookSha);
        entries.add(new Entry(d.organKey(), d.year(), d.contentHash(), storeId));
    }

    /** Compares every report taken with the others and the store, handing each finding to {@code sink} in input order. */
    public void run(Consumer<CrossFinding> sink) throws StoreException {
        if (store != null) store.commit();
        if (!compare || !auditor.hasRules()) return;
        int n = entries.size();
        Map<Integer, List<int[]>> similar = index.candidates(n, COMMON, MIN_SHARED, MAX_OTHERS);
        Map<Long, Integer> firstWithText = new HashMap<>();
        Map<String, List<Integer>> byOrganYear = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            if (e.organKey() != null && e.year() != null) byOrganYear.computeIfAbsent(e.organKey() + "\u0000" + e.year(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            Integer first = firstWithText.putIfAbsent(e.contentHash(), i);
            boolean hasPrevious = e.organKey() != null && e.year() != null
                    && (store != null || byOrganYear.containsKey(e.organKey() + "\u0000" + (e.year() - 1)));
            if (first == null && !hasPrevious && store == null && !similar.containsKey(i)) continue; // nothing to compare
            List<Comparison> comparisons = new ArrayList<>();
            Map<CrossReport, Long> storeIds = new LinkedHashMap<>();
            ReportDigest subject = spill.get(i);
            CrossReport s = subject.toCrossReport(null, i);
            storeIds.put(s, e.storeId());
            comparisons.addAll(previousYear(i, s, subject, byOrganYear, storeIds));
            comparisons.addAll(sharedWording(i, s, subject, first, similar, storeIds));
            List<CrossFinding> found = auditor.audit(s, comparisons);
            int seq = 0;
            for (CrossFinding f : found) {
                if (store != null && storeIds.getOrDefault(f.report(), -1L) >= 0 && storeIds.getOrDefault(f.other(), -1L) >= 0) {
                    store.saveCross(storeIds.get(f.report()), storeIds.get(f.other()), seq++, f);
                }
                sink.accept(f);
            }
        }
        if (store != null) store.commit();
    }

    /** The comparisons of a report with its organ's previous year, of this batch and of the store: carry-over, in force. */
    private List<Comparison> previousYear(int i, CrossReport s, ReportDigest subject, Map<String, List<Integer>> byOrganYear,
                                          Map<CrossReport, Long> storeIds) throws StoreException {
        Entry e = entries.get(i);
        List<Comparison> comparisons = new ArrayList<>();
        if (e.organKey() != null && e.year() != null) {
            // the same report of that year twice (a page and its PDF, copies) is one year: compared once, and
            // only reports of it that differ in table 三 make the organ's year ambiguous
            Map<String, Other> previous = new LinkedHashMap<>();
            Map<Long, Boolean> seenText = new HashMap<>();
            for (int j : byOrganYear.getOrDefault(e.organKey() + "\u0000" + (e.year() - 1), List.of())) {
                if (seenText.putIfAbsent(entries.get(j).contentHash(), true) != null || previous.size() >= MAX_OTHERS) continue;
                ReportDigest d = spill.get(j);
                previous.putIfAbsent(d.t3Values().isEmpty() ? "text " + d.contentHash() : d.t3Values(),
                        new Other(d, null, j, entries.get(j).storeId()));
            }
            if (store != null) {
                for (HistoryStore.Stored st : store.reportsOf(e.organKey(), e.year() - 1, runId)) {
                    ReportDigest d = st.digest();
                    previous.putIfAbsent(d.t3Values().isEmpty() ? "text " + d.contentHash() : d.t3Values(),
                            new Other(d, st.checkedAt(), -1, st.id()));
                }
            }
            for (Other o : previous.values()) {
                CrossReport other = o.report();
                storeIds.put(other, o.storeId());
                OrganMatch match = organMatch(subject, o.digest(), previous.size() > 1);
                Carryover c = carryover(s, subject, other, o.digest(), match);
                if (c != null) comparisons.add(c);
                for (TableRow row : List.of(TableRow.T2_RULES, TableRow.T2_NORMATIVE)) {
                    InForce f = inForce(s, subject, other, o.digest(), match, row);
                    if (f != null) comparisons.add(f);
                }
            }
        }
        return comparisons;
    }

    /** The comparisons of a report's wording with the reports that share it: the same text, and similar ones. */
    private List<Comparison> sharedWording(int i, CrossReport s, ReportDigest subject, Integer first,
                                           Map<Integer, List<int[]>> similar, Map<CrossReport, Long> storeIds) throws StoreException {
        Entry e = entries.get(i);
        List<Comparison> comparisons = new ArrayList<>();
        // reports sharing its wording: copies, and the same report twice
        Map<String, Other> others = new LinkedHashMap<>();
        if (first != null) others.put("b" + first, new Other(spill.get(first), null, first, entries.get(first).storeId()));
        for (int[] c : similar.getOrDefault(i, List.of())) {
            others.putIfAbsent("b" + c[0], new Other(spill.get(c[0]), null, c[0], entries.get(c[0]).storeId()));
        }
        if (store != null && e.storeId() >= 0) {
            for (long[] c : store.similar(e.storeId(), COMMON, MIN_SHARED, MAX_OTHERS)) {
                HistoryStore.Stored st = store.load(c[0]);
                others.putIfAbsent("s" + c[0], new Other(st.digest(), st.checkedAt(), -1, st.id()));
            }
        }
        for (Other o : others.values()) {
            CrossReport other = o.report();
            storeIds.put(other, o.storeId());
            comparisons.add(sharedText(s, subject, other, o.digest()));
        }
        return comparisons;
    }

    /** A report compared with the subject: its digest and where it comes from. */
    private record Other(ReportDigest digest, String checkedAt, int inputOrder, long storeId) {
        CrossReport report() { return digest.toCrossReport(checkedAt, inputOrder); }
    }

    /** Same organ surely, loosely, or not (see {@link OrganMatch}). */
    static OrganMatch organMatch(ReportDigest a, ReportDigest b, boolean severalForTheYear) {
        if (a.organKey() == null || !a.organKey().equals(b.organKey())) return OrganMatch.DIFFERENT;
        boolean codesDisagree = a.divisionCode() != null && b.divisionCode() != null && !a.divisionCode().equals(b.divisionCode());
        return a.organReadFromBody() || b.organReadFromBody() || codesDisagree || severalForTheYear ? OrganMatch.LOOSE : OrganMatch.SAME;
    }

    private static Carryover carryover(CrossReport s, ReportDigest subject, CrossReport o, ReportDigest other, OrganMatch match) {
        List<Carryover.Column> columns = new ArrayList<>();
        boolean any = false;
        for (TableColumn col : T3_COLUMNS) {
            ReportDigest.Cell over = subject.cell(TableRow.T3_CARRIED_OVER, col);
            ReportDigest.Cell forward = other.cell(TableRow.T3_CARRIED_FORWARD, col);
            any |= over != null && forward != null;
            columns.add(new Carryover.Column(col, over == null ? null : over.toTableCell(), forward == null ? null : forward.toTableCell()));
        }
        if (!any) return null;
        return new Carryover(s, o, match, columns, subject.t3State() == TableRead.State.READ && other.t3State() == TableRead.State.READ);
    }

    private static InForce inForce(CrossReport s, ReportDigest subject, CrossReport o, ReportDigest other, OrganMatch match, TableRow row) {
        ReportDigest.Cell last = other.cell(row, TableColumn.IN_FORCE);
        ReportDigest.Cell issued = subject.cell(row, TableColumn.ISSUED);
        ReportDigest.Cell repealed = subject.cell(row, TableColumn.REPEALED);
        ReportDigest.Cell now = subject.cell(row, TableColumn.IN_FORCE);
        if (last == null || issued == null || repealed == null || now == null) return null;
        return new InForce(s, o, match, row, last.toTableCell(), issued.toTableCell(), repealed.toTableCell(), now.toTableCell(),
                subject.t2State() == TableRead.State.READ && other.t2State() == TableRead.State.READ,
                subject.lapse() == null ? null : subject.lapse().toEvidence());
    }

    /** The subject's distinctive sentences the other has too, counted and quoted on both sides. */
    private SharedText sharedText(CrossReport s, ReportDigest subject, CrossReport o, ReportDigest other) {
        Map<Long, ReportDigest.Fingerprint> theirs = new HashMap<>();
        int otherSentences = 0;
        for (ReportDigest.Fingerprint f : other.sentences()) {
            if (!distinctive(f.hash())) continue;
            theirs.put(f.hash(), f);
            otherSentences++;
        }
        int sentences = 0;
        int shared = 0;
        List<SharedText.Sentence> examples = new ArrayList<>();
        for (ReportDigest.Fingerprint f : subject.sentences()) {
            if (!distinctive(f.hash())) continue;
            sentences++;
            ReportDigest.Fingerprint t = theirs.get(f.hash());
            if (t == null) continue;
            shared++;
            if (examples.size() < EXAMPLES) examples.add(new SharedText.Sentence(f.text(), f.line(), t.text(), t.line()));
        }
        boolean identical = subject.contentHash() == other.contentHash();
        if (identical && examples.isEmpty()) {
            // wording every report of the batch has is not counted, but the same text twice is shown as such
            for (int k = 0; k < Math.min(EXAMPLES, Math.min(subject.sentences().size(), other.sentences().size())); k++) {
                ReportDigest.Fingerprint a = subject.sentences().get(k);
                ReportDigest.Fingerprint b = other.sentences().get(k);
                examples.add(new SharedText.Sentence(a.text(), a.line(), b.text(), b.line()));
            }
        }
        return new SharedText(s, o, organMatch(subject, other, false), sentences, otherSentences, shared, identical,
                tablesAgree(subject, other), examples);
    }

    /** A sentence few enough reports of the batch have to show a copy. */
    private boolean distinctive(long hash) {
        return index.reportsWith(hash) <= COMMON;
    }

    /** True when no cell of table 三 that both reports read differs. */
    private static boolean tablesAgree(ReportDigest a, ReportDigest b) {
        if (a.t3Values().equals(b.t3Values())) return true;
        Map<String, java.math.BigDecimal> theirs = b.t3();
        for (var e : a.t3().entrySet()) {
            java.math.BigDecimal v = theirs.get(e.getKey());
            if (v != null && v.compareTo(e.getValue()) != 0) return false;
        }
        return true;
    }

    @Override public void close() throws IOException {
        spill.close();
    }
}
