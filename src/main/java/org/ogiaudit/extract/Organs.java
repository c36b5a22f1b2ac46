package org.ogiaudit.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.Han;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Names the organ that published a report and tells its kind (rule catalogue, "Organ kind"), by the endings of names
 * the vocabulary lists (organ-*.txt).
 *
 * <p>A bare place name in a title ("阿拉山口市2013年…") is the government of that place; a zone
 * (综合实验区, 开发区, 新区 …) is run by its 管委会, which acts as a government. A department named without its
 * place ("市民政局") is completed from the body when the body names it in full ("辽源市民政局").
 */
final class Organs {
    private static final Pattern FUNCTION_WORD_START = Pattern.compile("^[是的在和与及由对为向按据经将把被从于以了开年日月各全本我该其共]");
    private static final Pattern PLACE_CHAIN = Pattern.compile(
            "^(\\p{IsHan}{2,4}(省|自治区))?(\\p{IsHan}{2,4}(市|州|盟|地区))?(\\p{IsHan}{1,5}(区|县|旗|市))?(\\p{IsHan}{1,5}(镇|乡|街道))?$");
    /** Characters that end a word before 市/区/县 which is not a place: 全市, 本区, 城市, 超市, 门市. */
    private static final String NOT_A_PLACE_END = "全本我各该城超都门省县市区州场社小辖两郊景农街是到在对及和与出要涉提入以于为向从由经把被将";
    private static final Pattern LEADING_FUNCTION_CHARS = Pattern.compile("^[是的在和与及由对为向按据经将把被从于以了年日月各全本我该其共对至]+");
    private static final Pattern REGION = Pattern.compile(
            "^(\\p{IsHan}{2,4}(?:省|自治区)|\\p{IsHan}{2,6}?(?:实验区|试验区|开发区|新区)|\\p{IsHan}{2,5}?(?:市|州|盟|地区)|\\p{IsHan}{2,6}?(?:县|区|旗))");

    private static final Pattern TOPIC_FIRST = Pattern.compile("^([^\\d]{2,30}?)(?:政府信息公开|政务公开|信息公开)");

    /** A document's title in 《》 (up to 80 characters): the names and years in it are not the report's own. */
    static final Pattern BOOK_TITLE = Pattern.compile("《[^》]{0,80}》");

    /** An organ name and how it was found. */
    record Named(String name, String how) { }

    private final Concept zone;
    private final Concept zoneCommittee;
    private final Concept place;
    private final Concept township;
    private final Concept governmentOffice;
    private final Concept department;
    private final List<Concept> selves;
    private final Concept selfGovernment;
    private final Pattern titleOrgan;

    Organs(Vocabulary v) {
        zone = v.get(ConceptName.ORGAN_ZONE);
        zoneCommittee = v.get(ConceptName.ORGAN_ZONE_COMMITTEE);
        place = v.get(ConceptName.ORGAN_PLACE);
        township = v.get(ConceptName.ORGAN_TOWNSHIP);
        governmentOffice = v.get(ConceptName.ORGAN_GOVERNMENT_OFFICE);
        department = v.get(ConceptName.ORGAN_DEPARTMENT);
        selfGovernment = v.get(ConceptName.SELF_GOVERNMENT);
        selves = List.of(selfGovernment, v.get(ConceptName.SELF_TOWNSHIP), v.get(ConceptName.SELF_DEPARTMENT));
        // 政府信息公开 is tried first, so that "2012年度政府信息公开…" leaves nothing but "" before the topic
        titleOrgan = Pattern.compile("^(.*?)\\s*(?:(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*年度?(.*?)(?:政府信息公开|"
                + v.get(ConceptName.TITLE_TOPIC).asRegex() + ")");
    }

    /** The organ named in a title, or null. */
    String fromTitle(String title) {
        String t = siteFree(title).replaceFirst("^(关于|《)", "").replaceAll("[“”\"《》]", "")
                .replaceFirst("^\\d{1,4}(?=[\\p{IsHan}&&[^年]])", ""); // a stray number before the name, not a year
        Matcher m = titleOrgan.matcher(t);
        String name;
        if (m.find()) {
            String before = m.group(1).strip().replaceAll("(关于|的)$", "");
            String between = m.group(2).strip().replaceAll("^(度|的)", "");
            name = !before.isEmpty() ? before : between;
        } else {
            // the year after the topic: "宝坻区大钟庄镇政府信息公开工作年度报告(2019年)"
            Matcher after = TOPIC_FIRST.matcher(t);
            if (!after.find()) return null;
            name = after.group(1);
        }
        name = name.replaceAll("[\\s:：·]", "");
        // "张义镇人民政府信息公开…" reads "张义镇人民" + "政府信息公开": the organ is 张义镇人民政府
        if (name.endsWith("人民")) name = name + "政府";
        return name.length() >= 2 ? name : null;
    }

    /** A page title's part that names the report, without the site's name before or after it ("X门户网站-…报告_栏目"). */
    private static String siteFree(String title) {
        for (String part : title.split("[_｜|]|\\s-\\s|-{1,2}|—")) {
            if (part.contains("报告") || part.contains("年报")) return part;
        }
        return title;
    }

    /** Completes a short name ("市民政局") from the body's full form ("辽源市民政局"). */
    static String qualify(String name, List<String> bodyLines) {
        if (!name.matches("^[省市县区].{2,}")) return name;
        Map<String, Integer> counts = new HashMap<>();
        Pattern full = Pattern.compile("(\\p{IsHan}{2,4})" + Pattern.quote(name));
        for (String line : bodyLines) {
            Matcher m = full.matcher(line);
            while (m.find()) {
                String prefix = m.group(1);
                for (int cut = 0; cut < prefix.length() - 1; cut++) {
                    String candidate = prefix.substring(cut);
                    if (!FUNCTION_WORD_START.matcher(candidate).find()) {
                        counts.merge(candidate + name, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(name);
    }

    /** Turns a bare place or zone into the organ that reports for it: 阿拉山口市 → 阿拉山口市人民政府. */
    String canonical(String name) {
        if (zone.in(name)) return name + "管委会";
        if (department.in(name) || name.endsWith("人民政府") || name.endsWith("政府")) return name;
        if (township.in(name) && !name.endsWith("街道")) return name + "人民政府";
        if (name.endsWith("街道")) return name + "办事处";
        if (place.in(name)) return name + "人民政府";
        return name;
    }

    /** The organ kind of a (canonical) organ name. */
    OrganKind kind(String name) {
        if (name == null || name.isBlank()) return OrganKind.UNKNOWN;
        if (governmentOffice.in(name)) return OrganKind.DEPARTMENT;
        if (name.endsWith("街道办事处") || name.endsWith("街道办") || name.endsWith("街道")) return OrganKind.TOWNSHIP;
        if (name.endsWith("人民政府") || name.endsWith("政府")) {
            String placeName = name.replaceAll("(人民)?政府$", "");
            return township.in(placeName) ? OrganKind.TOWNSHIP : OrganKind.GOVERNMENT;
        }
        if (zoneCommittee.in(name)) return OrganKind.GOVERNMENT;
        if (department.in(name)) return OrganKind.DEPARTMENT;
        if (township.in(name)) return OrganKind.TOWNSHIP;
        if (place.in(name)) return OrganKind.GOVERNMENT;
        return OrganKind.UNKNOWN;
    }

    /**
     * For a report without a title: the government the body names outside 《》 ("长春市朝阳区人民政府贯彻落实"),
     * or, when the body speaks as a government ("我市/我区/我县", vocabulary/self-government.txt) more than as anything
     * else, the place of that level it names most often. Null when neither is clear.
     */
    /**
     * Each two or three Chinese characters before 市, 区 or 县, left to right without overlap, as the pattern
     * {@code (\p{IsHan}{2,3})(市|区|县)} finds them; a match can only end at one of those three characters, so the
     * search jumps from one to the next instead of trying every position of a long line.
     */
    static void cityNames(String line, java.util.function.BiConsumer<String, String> found) {
        int n = line.length();
        int p = 0;
        while (p + 2 < n) {
            // a match starting at p ends at a level character at p+2 or p+3: jump to the first start that could
            int k = nextLevel(line, p + 2);
            if (k < 0) return;
            p = Math.max(p, k - 3);
            if (p + 3 < n && isLevel(line.charAt(p + 3)) && hanRun(line, p, p + 3)) {
                found.accept(line.substring(p, p + 3), line.substring(p + 3, p + 4));
                p += 4;
            } else if (isLevel(line.charAt(p + 2)) && hanRun(line, p, p + 2)) {
                found.accept(line.substring(p, p + 2), line.substring(p + 2, p + 3));
                p += 3;
            } else {
                p++;
            }
        }
    }

    private static boolean isLevel(char c) {
        return c == '市' || c == '区' || c == '县';
    }

    /** True when the text from {@code from} to {@code to} is all Chinese characters. */
    private static boolean hanRun(String line, int from, int to) {
        for (int j = from; j < to; j++) if (!Han.is(line.charAt(j))) return false;
        return true;
    }

    private static int nextLevel(String line, int from) {
        for (int j = from; j < line.length(); j++) if (isLevel(line.charAt(j))) return j;
        return -1;
    }

    Named fromBody(List<String> lines) {
        Map<String, Integer> governments = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> selfCounts = new HashMap<>();
        Map<String, Boolean> selfIsGovernment = new HashMap<>();
        for (String raw : lines) {
            String line = raw.indexOf('《') >= 0 ? BOOK_TITLE.matcher(raw).replaceAll("《》") : raw;
            int at = line.indexOf("人民政府");
            while (at >= 0) {
                String before = line.substring(Math.max(0, at - 10), at);
                String p = longestPlace(before);
                if (p != null) governments.merge(p + "人民政府", 1, Integer::sum);
                at = line.indexOf("人民政府", at + 4);
            }
            for (Concept self : selves) {
                if (!self.mayMatch(line)) continue;
                Matcher m = self.matcher(line);
                while (m.find()) {
                    // counted by what the organ calls itself: 我市 and 我区 are other levels, 我局 another kind
                    String level = m.group().substring(m.group().length() - 1);
                    selfCounts.merge(level, 1, Integer::sum);
                    selfIsGovernment.put(level, self == selfGovernment);
                }
            }
            cityNames(raw, (name, level) -> {
                name = LEADING_FUNCTION_CHARS.matcher(name).replaceFirst("");
                if (name.length() < 2 || NOT_A_PLACE_END.indexOf(name.charAt(name.length() - 1)) >= 0) return;
                places.merge(name + level, 1, Integer::sum);
            });
        }
        if (!governments.isEmpty()) {
            var best = governments.entrySet().stream().max(Map.Entry.comparingByValue()).get();
            return new Named(best.getKey(), "(names itself " + best.getKey() + ")");
        }
        var self = selfCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (self == null || self.getValue() < 2 || !selfIsGovernment.get(self.getKey())) return null;
        String level = self.getKey();
        List<Map.Entry<String, Integer>> ranked = places.entrySet().stream().filter(e -> e.getKey().endsWith(level))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty()) return null;
        var p = ranked.get(0);
        if (ranked.size() > 1 && ranked.get(1).getValue().equals(p.getValue())) return null; // no clear winner
        return new Named(p.getKey() + "人民政府", "(speaks as 我" + level + "; names " + p.getKey() + " " + p.getValue() + " times)");
    }

    /** The leading place of an organ's name: 淮安市洪泽区人民政府 → 淮安市; null when it names none. */
    static String region(String agency) {
        if (agency == null) return null;
        Matcher m = REGION.matcher(agency);
        return m.find() ? m.group(1) : null;
    }

    private static String longestPlace(String before) {
        for (int start = 0; start < before.length() - 1; start++) {
            String candidate = before.substring(start);
            if (FUNCTION_WORD_START.matcher(candidate).find()) continue;
            if (PLACE_CHAIN.matcher(candidate).matches()) return candidate;
        }
        return null;
    }
}
