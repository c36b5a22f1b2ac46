package org.ogiaudit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogiaudit.model.ReportDigest;

/** The batch's sentence index pairs reports by the sentences few of them share, never by a template's wording. */
class SentenceIndexTest {
    private static List<ReportDigest.Fingerprint> sentences(long... hashes) {
        List<ReportDigest.Fingerprint> out = new ArrayList<>();
        for (long h : hashes) out.add(new ReportDigest.Fingerprint(h, 1, "s" + h));
        return out;
    }

    @Test
    void reportsSharingRareSentencesArePairedAndATemplateSentencePairsNone() {
        SentenceIndex index = new SentenceIndex();
        long template = 0x7777_0000_0000_0000L;
        // 0 and 1 share three rare sentences; every report has the template sentence; 2 shares one rare sentence with 0
        index.add(0, sentences(template, 0x1000_0000_0000_0000L, 0x2000_0000_0000_0000L, 0x3000_0000_0000_0000L, 0x4000_0000_0000_0000L));
        index.add(1, sentences(template, 0x1000_0000_0000_0000L, 0x2000_0000_0000_0000L, 0x3000_0000_0000_0000L));
        index.add(2, sentences(template, 0x4000_0000_0000_0000L));
        for (int id = 3; id < 12; id++) index.add(id, sentences(template, 0x5000_0000_0000_0000L + ((long) id << 40)));
        Map<Integer, List<int[]>> c = index.candidates(12, 10, 3, 8);
        assertEquals(1, c.get(0).size(), "0 pairs with 1 only: with 2 it shares one sentence, fewer than 3");
        assertEquals(1, c.get(0).get(0)[0]);
        assertEquals(3, c.get(0).get(0)[1], "the template sentence, in 12 reports, is not counted");
        assertEquals(0, c.get(1).get(0)[0]);
        assertFalse(c.containsKey(5));
        assertEquals(12, index.reportsWith(template));
        assertEquals(2, index.reportsWith(0x4000_0000_0000_0000L));
        assertEquals(0, index.reportsWith(0x6000_0000_0000_0000L));
    }

    @Test
    void theBestMatchesComeFirstAndAtMostTheLimit() {
        SentenceIndex index = new SentenceIndex();
        List<ReportDigest.Fingerprint> all = new ArrayList<>();
        for (long h = 1; h <= 6; h++) all.add(new ReportDigest.Fingerprint(h << 40, 1, "s"));
        index.add(0, all);
        index.add(1, all.subList(0, 3));
        index.add(2, all.subList(0, 6));
        index.add(3, all.subList(0, 4));
        Map<Integer, List<int[]>> c = index.candidates(4, 10, 3, 2);
        assertEquals(2, c.get(0).size());
        assertEquals(2, c.get(0).get(0)[0], "all six shared");
        assertEquals(3, c.get(0).get(1)[0], "four shared");
        assertTrue(c.get(0).get(0)[1] > c.get(0).get(1)[1]);
    }
}
