package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped list of traditional-only characters is what this ICU version's transliterator changes. */
class ChineseScriptTest {
    @Test
    void theShippedCharacterListMatchesIcu() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        Set<Character> expected = new HashSet<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(t.getSourceSet()); it.next();) {
            String s = it.getString();
            if (s.length() == 1 && !t.transliterate(s).equals(s)) expected.add(s.charAt(0));
        }
        Set<Character> shipped = new ChineseScript().traditionalOnly();
        // compared by size and difference, so that a failure stays readable
        Set<Character> missing = new HashSet<>(expected);
        missing.removeAll(shipped);
        Set<Character> extra = new HashSet<>(shipped);
        extra.removeAll(expected);
        assertEquals("", (missing.isEmpty() ? "" : "missing " + missing.size()) + (extra.isEmpty() ? "" : " extra " + extra.size()),
                "regenerate src/main/resources/traditional-chars.txt for this ICU version");
        assertEquals(expected.size(), shipped.size());
    }

    @Test
    void convertsTraditionalAndLeavesSimplifiedAlone() {
        ChineseScript script = new ChineseScript();
        List<String> simplified = List.of("政府信息公开工作年度报告，统计期限自2013年1月1日起至2013年12月31日止。");
        assertEquals(simplified, script.toSimplified(simplified));
        assertEquals(List.of("本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止，报告电子版可在门户网站下载。"),
                script.toSimplified(List.of("本報告中所列數據的統計期限自2013年1月1日起至2013年12月31日止，報告電子版可在門戶網站下載。")));
        List<String> four = List.of("政府信息公開工作年度報告，統計期限自2013年1月1日起。");
        assertEquals(four, script.toSimplified(four), "four traditional characters in a line are not enough to convert");
    }
}
