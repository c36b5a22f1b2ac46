package org.ogiaudit.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The character pre-check must never rule out text a concept matches: checked for every concept of the shipped
 * vocabulary against every line of the repository's reports and against random text made of the concepts' own words.
 */
class RequiredTextTest {
    @Test
    void requirementsOfTypicalPatterns() {
        assertEquals(Set.of("依申请"), RequiredText.of("依申请[^。]{0,20}(收费|费用|收取)"));
        // either group would do; the one with the longer words rules out more text
        assertEquals(Set.of("收取", "收费"), RequiredText.of("(未|没有|无|不|暂不|免费)[^。]{0,6}(收取|收费)"));
        assertEquals(Set.of("未", "没有"), RequiredText.of("(未|没有)[^。]{0,6}收?"));
        assertEquals(Set.of("概述"), RequiredText.of("^概述"));
        assertEquals(Set.of("时间"), RequiredText.of("(?<![\\p{IsHan}])时间"));
        assertNull(RequiredText.of("\\d+件?"), "no literal is required");
        assertNull(RequiredText.of("(?i)pubdate"), "case-insensitive: no prefilter");
        assertNull(RequiredText.of("(收费)?\\d"));
        assertEquals(Set.of("其他"), RequiredText.of("^其他$"));
    }

    @Test
    void thePreCheckNeverRulesOutAMatch() throws IOException {
        VocabularyLoader.Result shipped = VocabularyLoader.build(VocabularyLoader.readFolder(Path.of("rules/vocabulary"), ""));
        assertFalse(shipped.hasErrors(), shipped.problems().toString());
        List<String> texts = new ArrayList<>();
        for (String folder : List.of("reports-in", "src/test/resources/corpus")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).toList()) {
                    texts.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
        }
        // names and labels the reports here do not happen to hold
        texts.addAll(List.of("上海市人民政府办公厅", "平潭综合实验区管委会", "苏州工业园区", "我镇", "我局", "pubdate", "时间",
                "两家子满族乡", "大明湖街道", "阿拉山口市", "沭阳县发展和改革局", "现公布", "截至2019年12月31日"));
        Random random = new Random(11);
        for (Concept c : shipped.vocabulary().concepts()) {
            StringBuilder alphabet = new StringBuilder("，。、的了和在 0123456789");
            for (Term t : c.getTerms()) alphabet.append(t.pattern().pattern().replaceAll("[\\\\^$()\\[\\]{}|?*+.!<=:]", ""));
            List<String> all = new ArrayList<>(texts);
            for (int n = 0; n < 3000; n++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + random.nextInt(12);
                for (int k = 0; k < len; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                all.add(sb.toString());
            }
            int matched = 0;
            for (String text : all) {
                Matcher m = c.matcher(text);
                if (m.find()) {
                    matched++;
                    assertTrue(c.mayMatch(text), c + " matches \"" + text + "\" but its pre-check ruled it out");
                }
            }
            assertTrue(matched > 0 || c.getTerms().isEmpty(), c + " matched nothing: the test did not exercise it");
        }
    }

    @Test
    void thePreCheckRulesOutTextWithoutTheWords() throws IOException {
        VocabularyLoader.Result shipped = VocabularyLoader.build(VocabularyLoader.readFolder(Path.of("rules/vocabulary"), ""));
        Concept active = shipped.vocabulary().get(ConceptName.HEADING_ACTIVE);
        assertFalse(active.mayMatch("本年度依申请公开情况"));
        assertTrue(active.mayMatch("二、主动公开政府信息情况"));
    }
}
