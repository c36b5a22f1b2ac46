package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.YearClaim;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/** Finds where a report names its own year, and the year a body speaks of most when there is no title. */
final class Years {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final Pattern selfReference;

    Years(Vocabulary v) {
        // "现公布2012年度政府信息公开年度报告": the words before the year are vocabulary/year-self-reference.txt
        // or right after those words, with the organ's name before or after the year, in 《》 or not
        // ("特向社会公布2013年度黄村镇政府信息公开年度报告", "编制了《田黄镇2020年政府信息公开工作年度报告》")
        String lead = v.get(ConceptName.YEAR_SELF_REFERENCE).asRegex();
        selfReference = Pattern.compile("(?:" + lead + "[^。《》]{0,12}?|" + lead + "\\s*《?\\p{IsHan}{0,15}?)"
                + "(?<year>(?:19|20)\\d{2})\\s*年度?\\p{IsHan}{0,8}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告");
    }

    /** Sentences in which the body names the report itself with a year ("现公布2012年度政府信息公开年度报告"). */
    List<YearClaim> selfReferences(List<Sentence> sentences, int titleLine) {
        List<YearClaim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.line() == titleLine || !s.text().contains("报告")) continue;
            Matcher m = selfReference.matcher(s.text());
            if (m.find()) out.add(new YearClaim(Integer.parseInt(m.group("year")), YearClaim.Source.SELF_REFERENCE,
                    s.evidence(Mentions.clip(s.text()))));
        }
        return out;
    }

    /**
     * The year the body names most often outside 《》 (document titles), the earlier one on a tie (plans for the next
     * year are written in the report too); null when no year is named at least three times.
     */
    static Integer dominant(List<String> lines, int from, int to) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.indexOf('年') < 0) continue;
            if (line.indexOf('《') >= 0) line = Organs.BOOK_TITLE.matcher(line).replaceAll("");
            Matcher m = YEAR.matcher(line);
            while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        Integer best = null;
        int bestCount = 2;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
