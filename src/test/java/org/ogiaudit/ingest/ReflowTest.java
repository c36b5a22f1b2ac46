package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReflowTest {
    private static final Pattern TOP = Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)");
    private static final Pattern SUB = Pattern.compile("\\([一二三四五六七八九十]{1,3}\\)");
    private static final String ALPHABET = "一二三十、、第部分分()。 政a1";

    @Test
    void findsListMarkersWhereARegexSearchWould() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String line = sb.toString();
            assertEquals(regexMarkers(TOP, line), Reflow.markers(line, true), line);
            assertEquals(regexMarkers(SUB, line), Reflow.markers(line, false), line);
        }
    }

    @Test
    void splitsARunOnLineBeforeHeadingsButNotInsideASentence() {
        String filler = "本机关认真贯彻落实条例规定，推进政府信息公开工作。".repeat(8);
        String line = "一、概述" + filler + "二、主动公开政府信息情况" + filler + "第(一)项规定的一、二季度数据。(一)规章";
        List<String> out = Reflow.reflow(List.of(line));
        assertEquals(3, out.size(), out.toString());
        assertEquals("二、主动公开政府信息情况", out.get(1).substring(0, 12));
        assertEquals("(一)规章", out.get(2));
    }

    private static List<Integer> regexMarkers(Pattern p, String line) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(line);
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }
}
