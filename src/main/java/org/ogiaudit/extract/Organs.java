package org.ogiaudit.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.OrganKind;

/**
 * Names the organ that published a report and tells its kind (rule catalogue, "Organ kind").
 *
 * <p>A bare place name in a title ("阿拉山口市2013年…") is the government of that place; a zone
 * (综合实验区, 开发区, 新区 …) is run by its 管委会, which acts as a government. A department named without its
 * place ("市民政局") is completed from the body when the body names it in full ("辽源市民政局").
 */
public final class Organs {
    private static final Pattern ZONE = Pattern.compile("(实验区|试验区|开发区|高新区|新区|示范区|保税区|园区|工业园|度假区|自贸区|合作区)$");
    private static final Pattern ZONE_COMMITTEE = Pattern.compile("(实验区|试验区|开发区|高新区|新区|示范区|保税区|园区|工业园|度假区|自贸区|合作区)(党工委)?(管委会|管理委员会)$");
    private static final Pattern PLACE = Pattern.compile("(省|自治区|市|州|盟|地区|区|县|旗|自治县|自治州|自治旗)$");
    private static final Pattern TOWN = Pattern.compile("(镇|乡|苏木|街道)$");
    private static final Pattern GOV_OFFICE = Pattern.compile("(人民政府|政府)办公(室|厅)$");
    private static final Pattern DEPARTMENT = Pattern.compile("(局|委员会|委|厅|办|办公室|部|署|院|中心|站|所|队|处|会|馆|社|公司|总局|管委会|管理委员会|事务所|支队|大队|海关|监狱|党校|学院|学校|医院|档案馆|图书馆|博物馆|研究院|研究所)$");
    private static final Pattern FUNCTION_WORD_START = Pattern.compile("^[是的在和与及由对为向按据经将把被从于以了开年日月各全本我该其共]");
    private static final Pattern PLACE_CHAIN = Pattern.compile(
            "^(\\p{IsHan}{2,4}(省|自治区))?(\\p{IsHan}{2,4}(市|州|盟|地区))?(\\p{IsHan}{1,5}(区|县|旗|市))?(\\p{IsHan}{1,5}(镇|乡|街道))?$");
    private static final Pattern CITY_NAME = Pattern.compile("(\\p{IsHan}{2,3})(市|区|县)");
    /** Characters that end a word before 市/区/县 which is not a place: 全市, 本区, 城市, 超市, 门市. */
    private static final String NOT_A_PLACE_END = "全本我各该城超都门省县市区州场社小辖两郊景农街是到在对及和与出要涉提入以于为向从由经把被将";
    private static final Pattern LEADING_FUNCTION_CHARS = Pattern.compile("^[是的在和与及由对为向按据经将把被从于以了年日月各全本我该其共对至]+");

    /** A document's title in 《》 (up to 80 characters): the names and years in it are not the report's own. */
    static final Pattern BOOK_TITLE = Pattern.compile("《[^》]{0,80}》");
    private static final Pattern SELF = Pattern.compile("我(市|区|县|镇|乡|局|委|办)");
    private static final Pattern TITLE_ORGAN = Pattern.compile(
            "^(.*?)\\s*(?:(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})\\s*年度?(.*?)(?:政府信息公开|政务公开|信息公开|资讯公开)");

    /** An organ name and where it came from. */
    public record Named(String name, String source) { }

    private Organs() { }

    /** The organ named in a title, or null. */
    public static String fromTitle(String title) {
        String t = title.replaceFirst("^(关于|《)", "").replaceAll("[“”\"《》]", "");
        Matcher m = TITLE_ORGAN.matcher(t);
        if (!m.find()) return null;
        String before = m.group(1).strip().replaceAll("(关于|的)$", "");
        String between = m.group(2).strip().replaceAll("^(度|的)", "");
        String name = !before.isEmpty() ? before : between;
        name = name.replaceAll("[\\s:：·]", "");
        return name.length() >= 2 ? name : null;
    }

    /** Completes a short name ("市民政局") from the body's full form ("辽源市民政局"). */
    public static String qualify(String name, List<String> bodyLines) {
        if (!name.matches("^[市县区].{2,}") ) return name;
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
    public static String canonical(String name) {
        if (ZONE.matcher(name).find()) return name + "管委会";
        if (DEPARTMENT.matcher(name).find() || name.endsWith("人民政府") || name.endsWith("政府")) return name;
        if (TOWN.matcher(name).find() && !name.endsWith("街道")) return name + "人民政府";
        if (name.endsWith("街道")) return name + "办事处";
        if (PLACE.matcher(name).find()) return name + "人民政府";
        return name;
    }

    /** The organ kind of a (canonical) organ name. */
    public static OrganKind kind(String name) {
        if (name == null || name.isBlank()) return OrganKind.UNKNOWN;
        if (GOV_OFFICE.matcher(name).find()) return OrganKind.DEPARTMENT;
        if (name.endsWith("街道办事处") || name.endsWith("街道办") || name.endsWith("街道")) return OrganKind.TOWNSHIP;
        if (name.endsWith("人民政府") || name.endsWith("政府")) {
            String place = name.replaceAll("(人民)?政府$", "");
            return TOWN.matcher(place).find() ? OrganKind.TOWNSHIP : OrganKind.GOVERNMENT;
        }
        if (ZONE_COMMITTEE.matcher(name).find()) return OrganKind.GOVERNMENT;
        if (DEPARTMENT.matcher(name).find()) return OrganKind.DEPARTMENT;
        if (TOWN.matcher(name).find()) return OrganKind.TOWNSHIP;
        if (PLACE.matcher(name).find()) return OrganKind.GOVERNMENT;
        return OrganKind.UNKNOWN;
    }

    /**
     * For a report without a title: the government the body names outside 《》 ("长春市朝阳区人民政府贯彻落实"),
     * or, when the body speaks as "我市/我区/我县", the place it names most often. Null when neither is clear.
     */
    public static Named fromBody(List<String> lines) {
        Map<String, Integer> governments = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, Integer> selves = new HashMap<>();
        for (String raw : lines) {
            String line = raw.indexOf('《') >= 0 ? BOOK_TITLE.matcher(raw).replaceAll("《》") : raw;
            int at = line.indexOf("人民政府");
            while (at >= 0) {
                String before = line.substring(Math.max(0, at - 10), at);
                String place = longestPlace(before);
                if (place != null) governments.merge(place + "人民政府", 1, Integer::sum);
                at = line.indexOf("人民政府", at + 4);
            }
            if (line.indexOf('我') >= 0) {
                Matcher self = SELF.matcher(line);
                while (self.find()) selves.merge(self.group(1), 1, Integer::sum);
            }
            if (raw.indexOf('市') < 0 && raw.indexOf('区') < 0 && raw.indexOf('县') < 0) continue;
            Matcher m = CITY_NAME.matcher(raw);
            while (m.find()) {
                String name = LEADING_FUNCTION_CHARS.matcher(m.group(1)).replaceFirst("");
                if (name.length() < 2 || NOT_A_PLACE_END.indexOf(name.charAt(name.length() - 1)) >= 0) continue;
                places.merge(name + m.group(2), 1, Integer::sum);
            }
        }
        if (!governments.isEmpty()) {
            var best = governments.entrySet().stream().max(Map.Entry.comparingByValue()).get();
            return new Named(best.getKey(), "body (names itself " + best.getKey() + ")");
        }
        var self = selves.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (self == null || self.getValue() < 2 || !"市区县".contains(self.getKey())) return null;
        String level = self.getKey();
        List<Map.Entry<String, Integer>> ranked = places.entrySet().stream().filter(e -> e.getKey().endsWith(level))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty()) return null;
        var place = ranked.get(0);
        if (ranked.size() > 1 && ranked.get(1).getValue().equals(place.getValue())) return null; // no clear winner
        return new Named(place.getKey() + "人民政府",
                "body (speaks as 我" + level + "; names " + place.getKey() + " " + place.getValue() + " times)");
    }

    private static final Pattern REGION = Pattern.compile(
            "^(\\p{IsHan}{2,4}(?:省|自治区)|\\p{IsHan}{2,6}?(?:实验区|试验区|开发区|新区)|\\p{IsHan}{2,5}?(?:市|州|盟|地区)|\\p{IsHan}{2,6}?(?:县|区|旗))");

    /** The leading place of an organ's name: 淮安市洪泽区人民政府 → 淮安市; null when it names none. */
    public static String region(String agency) {
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
