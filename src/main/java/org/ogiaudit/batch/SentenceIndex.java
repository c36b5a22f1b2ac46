package org.ogiaudit.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogiaudit.model.ReportDigest;

/**
 * The sentence fingerprints of a whole batch in one sorted array of longs, so that reports sharing wording are found
 * without comparing every pair: each entry packs a fingerprint's top {@value #HASH_BITS} bits with the report's number,
 * sorting brings each sentence's reports together, and only sentences that few reports have ({@code common} or fewer)
 * make pairs. A batch of 10,000 reports holds some 400,000 entries: 3 MB.
 */
final class SentenceIndex {
    static final int ID_BITS = 24;
    static final int HASH_BITS = 64 - ID_BITS;
    /** Reports one batch may index: 2^24. */
    static final int MAX_REPORTS = 1 << ID_BITS;
    private static final long ID_MASK = MAX_REPORTS - 1;

    private long[] keys = new long[1 << 16];
    private int size;
    private boolean frozen;

    /** Adds a report's fingerprints (each once). */
    void add(int id, List<ReportDigest.Fingerprint> sentences) {
        if (frozen) throw new IllegalStateException("the index is already searched");
        if (id >= MAX_REPORTS) throw new IllegalArgumentException("more than " + MAX_REPORTS + " reports in one batch");
        if (size + sentences.size() > keys.length) keys = Arrays.copyOf(keys, Math.max(keys.length * 2, size + sentences.size()));
        for (ReportDigest.Fingerprint f : sentences) keys[size++] = prefix(f.hash()) | id;
    }

    /** Sorts the entries; no more may be added. */
    void freeze() {
        if (!frozen) Arrays.sort(keys, 0, size);
        frozen = true;
    }

    /** How many reports of the batch have this sentence. */
    int reportsWith(long hash) {
        long p = prefix(hash);
        return lowerBound(p | ID_MASK, true) - lowerBound(p, false);
    }

    /**
     * For each report (by number, {@code reports} of them), the others that share at least {@code min} of the sentences
     * that at most {@code common} reports have, most shared first, at most {@code limit}: {other, shared}.
     */
    Map<Integer, List<int[]>> candidates(int reports, int common, int min, int limit) {
        freeze();
        Map<Long, int[]> pairs = new HashMap<>();
        int i = 0;
        while (i < size) {
            long p = keys[i] & ~ID_MASK;
            int end = i;
            while (end < size && (keys[end] & ~ID_MASK) == p) end++;
            int n = end - i;
            if (n >= 2 && n <= common) {
                for (int a = i; a < end; a++) {
                    for (int b = a + 1; b < end; b++) {
                        long key = (keys[a] & ID_MASK) << 32 | (keys[b] & ID_MASK);
                        pairs.computeIfAbsent(key, k -> new int[1])[0]++;
                    }
                }
            }
            i = end;
        }
        Map<Integer, List<int[]>> out = new HashMap<>();
        pairs.forEach((key, count) -> {
            if (count[0] < min) return;
            int a = (int) (key >>> 32);
            int b = (int) (key & 0xffffffffL);
            out.computeIfAbsent(a, k -> new ArrayList<>()).add(new int[] {b, count[0]});
            out.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {a, count[0]});
        });
        out.replaceAll((id, list) -> {
            list.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
            return List.copyOf(list.subList(0, Math.min(limit, list.size())));
        });
        return out;
    }

    private static long prefix(long hash) {
        return hash & ~ID_MASK;
    }

    /** The first entry not below {@code p} (or above it, when {@code after}); entries compare as signed longs. */
    private int lowerBound(long p, boolean after) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < p || (after && keys[mid] == p)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
