package org.ogiaudit.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.ingest.Manifest;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Provenance.Origin;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.ConceptName;
import org.ogiaudit.vocabulary.Vocabulary;

/**
 * Who published a report, its kind, its division and its region. Precedence, each stated once below: a manifest row,
 * the title, the page's label of the publishing organ (发布机构, 来源), the body naming the report's organ ("由X编制",
 * "现公布X2009年政府信息公开工作年度报告"), the signature, the government the body names itself as. The kind follows
 * the name (its ending, its division's level), else what the report calls itself (我局, 我镇, 我县); the region is the
 * division the organ belongs to: a government's is the one above it (洪泽区人民政府 is in 淮安市), a department's its
 * own (沭阳县发展和改革局 is in 沭阳县).
 */
final class OrganResolver {
    /** The division, region and codes of an organ. */
    record Place(String division, String divisionCode, String region, String regionCode, String how) { }

    private static final String YEAR = "(?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4}";
    /** The body naming its report: "…[organ]2009年[organ]政府信息公开工作年度报告" (not a notice about such reports). */
    private static final Pattern SELF_NAMED = Pattern.compile("(?<lead>[^。；;!！?？]{0,40}?)(?:" + YEAR + ")\\s*年度?(?<mid>[^。《》\\d]{0,25}?)"
            + "(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)(?!编制|工作的|有关|的通知|通知|制度)");
    private static final Pattern SIGNATURE_TAIL = Pattern.compile("[\\s|]*((?:19|20)\\d{2}\\s*年.*|(?:19|20)\\d{2}[-/.].*|[〇○零一二三四五六七八九]{4}\\s*年.*)?$");
    private static final int LABEL_LINES = 15;

    private final Organs organs;
    private final OrganNames names;
    private final Divisions divisions;
    private final Concept selfGovernment;
    private final Concept selfTownship;
    private final Concept selfDepartment;
    private final Concept organLabel;
    private final Pattern labelled;
    /** The wordings in which a report names its own organ, in order: each term's group "organ" is the name. */
    private final Concept selfNamingWords;
    /**
     * A government's general office named where the report names its organ: the report is the government's ("本报告由X
     * 人民政府办公室…编制", the template of 国办公开办函〔2021〕30号).
     */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("(.*?[省市县区州旗盟])(?:人民)?政府办公[室厅]");
    /** An organ's disclosure office ("太原市政府信息公开领导小组办公室", "闽侯县水利局政务公开办公室"): the organ's report. */
    private static final Pattern DISCLOSURE_OFFICE = Pattern.compile("(.*?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:领导小组)?办公[室厅]");
    /** A contact section after an organ's name ("钦州市人民政府办公室文电科"): the name without it. */
    private static String withoutSection(String name) {
        Matcher m = SECTION_AFTER_ORGAN.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static final Pattern SECTION_AFTER_ORGAN = Pattern.compile("(.+(?:局|委|厅|署|院|办公室|办公厅|政府|办))\\p{IsHan}{1,5}?[科股]");

    /** An organ followed by one of its internal units: its office, or a 科/股 of a few characters. */
    private static final Pattern INTERNAL_UNIT = Pattern.compile("(.+?[局委厅办署院])(?:(?:党政|综合|行政)?办公[室厅]|\\p{IsHan}{1,6}?[科股])");
    /** How a general office speaks of itself when it reports on its own work. */
    private static final Pattern SPEAKS_AS_OFFICE = Pattern.compile("我办|本办");

    OrganResolver(Organs organs, Divisions divisions, Vocabulary v) {
        this.organs = organs;
        this.divisions = divisions;
        this.names = new OrganNames(divisions, organs, v);
        selfGovernment = v.get(ConceptName.SELF_GOVERNMENT);
        selfTownship = v.get(ConceptName.SELF_TOWNSHIP);
        selfDepartment = v.get(ConceptName.SELF_DEPARTMENT);
        organLabel = v.get(ConceptName.ORGAN_LABEL);
        labelled = Pattern.compile("(?:" + organLabel.asRegex() + ")\\s*[:：]?\\s*\\|?\\s*(?<organ>[\\p{IsHan}()（）]{2,30})");
        selfNamingWords = v.get(ConceptName.ORGAN_COMPILED_BY);
    }

    Resolved<String> agency(ReportText t, String title) {
        Resolved<String> found = found(t, title);
        if (found == null || found.value() == null) return found;
        // a name without its place ("省水利厅" in a page field) takes the place the body names it with
        String placed = withPlace(found.value(), t);
        String name = placed == null ? found.value() : placed;
        String full = unabbreviated(name, t);
        if (full.equals(found.value())) return found;
        return new Resolved<>(full, found.source(), found.evidence());
    }

    /**
     * A department's full name where the report uses a short one and the body spells it out: "泰安市泰山区人社局" is
     * the "泰安市泰山区人力资源和社会保障局" the body names, "上海市科委" the "上海市科学技术委员会". The full name has the
     * same place, holds the short one's characters in order, ends as a department does, and is the form the body uses
     * most. Organs are matched across reports and years by name, so the full form matters.
     */
    private String unabbreviated(String name, ReportText t) {
        Divisions.Resolution r = divisions.resolve(name);
        if (!r.resolved() || r.placeText().isEmpty() || !name.startsWith(r.placeText())) return name;
        String place = r.placeText();
        String shortPart = name.substring(place.length());
        if (shortPart.length() < 2 || organs.kind(name) != OrganKind.DEPARTMENT) return name;
        Map<String, Integer> counts = new HashMap<>();
        for (String line : t.body()) {
            for (int at = line.indexOf(place); at >= 0; at = line.indexOf(place, at + 1)) {
                int from = at + place.length();
                for (int end = from + shortPart.length() + 1; end <= Math.min(line.length(), from + 15); end++) {
                    String part = line.substring(from, end);
                    // an expansion of the short name, not the short name and more ("人社局办公室", "统计局网站")
                    if (part.contains(shortPart) || !isSubsequence(shortPart, part) || part.charAt(0) != shortPart.charAt(0)) continue;
                    if (organs.kind(place + part) == OrganKind.DEPARTMENT) counts.merge(place + part, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey).orElse(name);
    }

    private static boolean isSubsequence(String shortText, String longText) {
        int i = 0;
        for (int j = 0; j < longText.length() && i < shortText.length(); j++) if (longText.charAt(j) == shortText.charAt(i)) i++;
        return i == shortText.length();
    }

    private Resolved<String> found(ReportText t, String title) {
        return Resolved.first(
                () -> fromMetadata(t.manifest(Manifest.AGENCY), Provenance.of(Origin.MANIFEST)),
                () -> fromTitle(t, title),
                () -> fromPageLabel(t),
                () -> organLine(t),
                () -> selfNamed(t),
                () -> signature(t),
                () -> openingSubject(t),
                () -> {
                    Organs.Named named = organs.fromBody(t.body());
                    if (named == null || !isDivisionOrgan(named.name())) return null;
                    // a township or department speaking of itself is not the government it names
                    OrganKind self = selfKind(t);
                    if (self != null && self != OrganKind.GOVERNMENT) return null;
                    return new Resolved<>(named.name(), Provenance.of(Origin.BODY, named.how()), null);
                });
    }

    private Resolved<String> fromTitle(ReportText t, String title) {
        String raw = title == null ? null : organs.fromTitle(title);
        if (raw == null) return null;
        String placed = withPlace(raw, t);
        String full = placed != null ? placed : Organs.qualify(raw, t.body());
        String agency = organs.canonical(full);
        String how = (full.equals(raw) ? "" : "(" + raw + " completed from the body)")
                + (agency.equals(full) ? "" : (full.equals(raw) ? "" : " ") + "(" + full + " is reported for by its " + agency.substring(full.length()) + ")");
        return new Resolved<>(agency, Provenance.of(Origin.TITLE, how.isEmpty() ? null : how), null);
    }

    /** The page's 发布机构 field, or a label of the publishing organ in the lines above the report (来源：X). */
    private Resolved<String> fromPageLabel(ReportText t) {
        for (PageMetadata m : t.wholeFile() ? t.doc.metadata() : List.<PageMetadata>of()) {
            if (m.line() == 0 && organLabel.matchesWhole(m.name()) && names.isOrgan(m.value().strip())) {
                return new Resolved<>(organs.canonical(m.value().strip()), Provenance.of(Origin.PAGE_METADATA, m.name()), null);
            }
        }
        int from = t.wholeFile() ? 0 : t.start;
        for (int i = from; i < Math.min(t.end, t.start + LABEL_LINES); i++) {
            String line = t.lines.get(i);
            if (!organLabel.mayMatch(line)) continue;
            Matcher m = labelled.matcher(line);
            while (m.find()) {
                String organ = names.endingAt(m.group("organ"));
                if (organ != null && organ.equals(m.group("organ"))) {
                    return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.PAGE_TEXT, "(" + line.strip() + ")"),
                            t.evidence(Mentions.clip(line.strip()), i + 1));
                }
            }
            String header = headerValue(t, i);
            if (header != null) {
                return new Resolved<>(organs.canonical(header), Provenance.of(Origin.PAGE_TEXT, "(a table of page fields)"),
                        t.evidence(Mentions.clip(t.lines.get(i + 1).strip()), i + 2));
            }
        }
        return null;
    }

    /** A page-field table: a row of labels ("索引号 | 公开方式 | 发布机构") and below it a row of values. */
    private String headerValue(ReportText t, int i) {
        if (i + 1 >= t.end || !t.lines.get(i).contains("|")) return null;
        String[] labels = t.lines.get(i).split("\\|", -1);
        String[] values = t.lines.get(i + 1).split("\\|", -1);
        if (labels.length != values.length) return null;
        for (int c = 0; c < labels.length; c++) {
            if (organLabel.matchesWhole(labels[c].strip()) && names.isOrgan(values[c].strip())) return values[c].strip();
        }
        return null;
    }

    /** The body naming the report with its organ: "由X编制", "现公布X2009年政府信息公开工作年度报告". */
    private Resolved<String> selfNamed(ReportText t) {
        for (Sentence s : t.sentences) {
            String text = s.text();
            if (selfNamingWords.mayMatch(text)) {
                for (int k = 0; k < selfNamingWords.getTerms().size(); k++) {
                    Matcher c = selfNamingWords.termMatcher(k, text);
                    if (c == null || !c.find()) continue;
                    String organ = c.pattern().pattern().contains("(?<organ>") ? names.endingAt(withoutSection(c.group("organ"))) : null;
                    if (organ == null) continue;
                    String of = reportingOrgan(organ, t);
                    if (of != null) return named(of, "(" + Mentions.clip(c.group().strip()) + ")", s);
                }
            }
            if (!text.contains("报告") && !text.contains("年报")) continue;
            Matcher m = SELF_NAMED.matcher(text);
            while (m.find()) {
                String organ = names.endingAt(m.group("mid"));
                if (organ == null && (!insideBookTitle(text, m.end("lead")) || ownTitle(text, m.end("lead")))) {
                    organ = names.endingAt(m.group("lead"));
                }
                if (organ != null) return named(organ, "(names its report: " + Mentions.clip(m.group().strip()) + ")", s);
            }
        }
        return null;
    }

    /**
     * The organ whose report it is, given the organ a sentence names as compiling it or as its contact: a general office
     * stands for its government or department ("请与X局办公室联系"), unless the report speaks as the office itself
     * (我办). A name without its place ("市政府办公室") takes the place the body names it with, or gives nothing.
     */
    private String reportingOrgan(String organ, ReportText t) {
        boolean asOffice = false;
        for (String line : t.body()) if (line.contains("办") && SPEAKS_AS_OFFICE.matcher(line).find()) { asOffice = true; break; }
        String of = organ;
        Matcher disclosure = DISCLOSURE_OFFICE.matcher(organ);
        if (disclosure.matches()) {
            of = disclosure.group(1).replaceFirst("(人民)?政府$", "");
            of = of.isEmpty() ? null : organs.canonical(of);
        } else if (!asOffice) {
            Matcher gov = GOVERNMENT_OFFICE.matcher(organ);
            if (gov.matches()) {
                of = gov.group(1) + "人民政府";
            } else {
                // a department's own office or section as its contact ("硚口区统计局党政办公室", "XX局综合科")
                Matcher unit = INTERNAL_UNIT.matcher(organ);
                if (unit.matches() && names.isOrgan(unit.group(1))) of = unit.group(1);
            }
        }
        return of == null ? null : withPlace(of, t);
    }

    /**
     * The name with its place: as it is when the division list knows its place; "区人民政府" completed from the body
     * ("上海市黄浦区人民政府" named there) when the list knows the completed place; else null.
     */
    private String withPlace(String name, ReportText t) {
        if (!name.matches("^(?:[省市县区州旗盟]|自治区).*")) return name;
        Map<String, Integer> counts = new HashMap<>();
        for (String line : t.body()) {
            for (int at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
                for (int from = Math.max(0, at - 10); from < at - 1; from++) {
                    String candidate = line.substring(from, at) + name;
                    Divisions.Resolution r = divisions.resolve(candidate);
                    if (r.resolved() && candidate.startsWith(r.placeText()) && r.placeText().length() > at - from - 1) {
                        counts.merge(candidate, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private Resolved<String> named(String organ, String how, Sentence s) {
        return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, how), s.evidence(Mentions.clip(s.text())));
    }

    /** True when the 《…》 around {@code at} follows a word that publishes it: "现公布《…》", "编制了《…》". */
    private static boolean ownTitle(String text, int at) {
        int open = text.lastIndexOf('《', at - 1);
        if (open < 0) return false;
        String before = text.substring(Math.max(0, open - 6), open);
        return OWN_TITLE_VERB.matcher(before).find();
    }

    private static final Pattern OWN_TITLE_VERB = Pattern.compile("(编制了?|编写了?|公布|发布|现将|特将|印发)\\s*$");

    /** True when {@code at} stands inside a 《…》 title: the names there are another document's. */
    private static boolean insideBookTitle(String text, int at) {
        int open = text.lastIndexOf('《', at - 1);
        return open >= 0 && text.indexOf('》', open) >= at;
    }

    /**
     * An organ named as the subject of a part's first sentence ("一、总体情况" then "北京市西城区政务服务管理局以…",
     * "2023年，X坚持…"): the report speaking of itself in the third person.
     */
    private Resolved<String> openingSubject(ReportText t) {
        int seen = 0;
        for (Heading h : t.headings) {
            if (h.level() != 1 || seen++ >= 2 || h.line() >= t.end) continue;
            // the words after the heading on its own line (a run-on page), else the line after it
            String full = t.lines.get(h.line() - 1).strip();
            int at = full.indexOf(h.text());
            String rest = at < 0 ? "" : full.substring(at + h.text().length()).strip();
            String next = rest.length() >= 10 ? rest : t.lines.get(h.line()).strip();
            Matcher m = SUBJECT.matcher(next);
            if (!m.lookingAt()) continue;
            String organ = names.endingAt(m.group("organ"));
            if (organ != null && organ.equals(m.group("organ")) && isDivisionOrgan(organ)) {
                return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, "(the subject of " + h.text() + ")"),
                        t.evidence(Mentions.clip(next), h.line() + 1));
            }
        }
        return null;
    }

    private static final Pattern SUBJECT = Pattern.compile("(?:(?:19|20)\\d{2}\\s*年(?:度)?\\s*[,，]?\\s*)?(?<organ>\\p{IsHan}{3,25}?)"
            + "(?=以|认真|坚持|持续|深入|严格|全面|紧紧|按照|围绕|高度|积极|进一步|(?:政府)?信息公开工作|政务公开工作)");

    /**
     * One of the report's first lines that is an organ's name alone, as pages print the publishing organ above or below
     * a title without one ("2020年政府信息公开工作年度报告" / "武昌经开区(滨江)管委会").
     */
    private Resolved<String> organLine(ReportText t) {
        int seen = 0;
        for (int i = t.start; i < t.end && seen < ORGAN_LINES; i++) {
            String line = t.lines.get(i).strip();
            if (line.isEmpty()) continue;
            seen++;
            if (line.length() > 25) continue;
            String organ = names.endingAt(line);
            if (organ != null && organ.equals(line) && names.isOrgan(organ)) {
                String placed = withPlace(organ, t);
                if (placed == null) continue;
                return new Resolved<>(organs.canonical(placed), Provenance.of(Origin.PAGE_TEXT, "(the organ's line: " + line + ")"),
                        new Evidence(line, i + 1));
            }
        }
        return null;
    }

    /** How many of the first lines may hold the organ's name alone. */
    private static final int ORGAN_LINES = 3;

    /** A line at the report's end that is the organ's name alone (before or with the date it is signed on). */
    private Resolved<String> signature(ReportText t) {
        for (int i = t.end - 1; i >= Math.max(t.start, t.end - 8); i--) {
            String line = SIGNATURE_TAIL.matcher(t.lines.get(i).strip()).replaceFirst("").strip();
            if (line.isEmpty() || line.length() > 30) continue;
            String organ = names.endingAt(line);
            if (organ != null && organ.equals(line) && isDivisionOrgan(organ)) {
                return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, "(signature)"),
                        t.evidence(t.lines.get(i).strip(), i + 1));
            }
        }
        return null;
    }

    private boolean isDivisionOrgan(String name) {
        Divisions.Resolution r = divisions.resolve(name);
        return (r.resolved() || r.ambiguous()) && !r.placeText().isEmpty();
    }

    Resolved<OrganKind> kind(ReportText t, String agency) {
        return Resolved.first(
                () -> {
                    PageMetadata m = t.manifest(Manifest.ORGAN_KIND);
                    return m == null ? null : new Resolved<>(OrganKind.valueOf(m.value()), Provenance.of(Origin.MANIFEST), null);
                },
                () -> {
                    OrganKind k = organs.kind(agency);
                    return k == OrganKind.UNKNOWN ? null : new Resolved<>(k, Provenance.of(Origin.ORGAN_NAME), null);
                },
                () -> {
                    OrganKind k = selfKind(t);
                    return k == null ? null : new Resolved<>(k, Provenance.of(Origin.BODY, "(how the report speaks of itself)"), null);
                },
                () -> new Resolved<>(OrganKind.UNKNOWN, Provenance.of(Origin.ORGAN_NAME), null));
    }

    /**
     * What the report calls itself most (我局/我委 a department, 我镇/我乡/我街道 a township, 我市/我区/我县 a
     * government), or null when it does not, or not clearly.
     */
    OrganKind selfKind(ReportText t) {
        Map<OrganKind, Integer> counts = new HashMap<>();
        for (String line : t.body()) {
            count(counts, OrganKind.GOVERNMENT, selfGovernment, line);
            count(counts, OrganKind.TOWNSHIP, selfTownship, line);
            count(counts, OrganKind.DEPARTMENT, selfDepartment, line);
        }
        List<Map.Entry<OrganKind, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<OrganKind, Integer>comparingByValue().reversed());
        if (ranked.isEmpty()) return null;
        if (ranked.size() > 1 && ranked.get(1).getValue() * 2 > ranked.get(0).getValue()) return null; // no clear winner
        return ranked.get(0).getKey();
    }

    private static void count(Map<OrganKind, Integer> counts, OrganKind kind, Concept words, String line) {
        if (!words.mayMatch(line)) return;
        Matcher m = words.matcher(line);
        while (m.find()) counts.merge(kind, 1, Integer::sum);
    }

    /** The division of the organ and the region it belongs to, by the national division list; null when unresolved. */
    Place place(String agency, OrganKind kind) {
        if (agency == null) return null;
        Divisions.Resolution r = divisions.resolve(agency);
        if (!r.resolved()) return null;
        Divisions.Division d = r.division();
        boolean government = kind == OrganKind.GOVERNMENT || kind == OrganKind.TOWNSHIP;
        Divisions.Division region = government ? divisions.parent(d).orElse(d) : d;
        return new Place(divisions.fullName(d), d.code(), region.name(), region.code(),
                "(division " + divisions.fullName(d) + " " + d.code() + (region == d ? "" : ", in " + divisions.fullName(region)) + ")");
    }

    Resolved<String> region(ReportText t, String agency, Place place) {
        return Resolved.first(
                () -> fromMetadata(t.manifest(Manifest.REGION), Provenance.of(Origin.MANIFEST)),
                () -> place == null ? null : new Resolved<>(place.region(), Provenance.of(Origin.ORGAN_NAME, place.how()), null),
                () -> new Resolved<>(Organs.region(agency), Provenance.of(Origin.ORGAN_NAME), null));
    }

    private static Resolved<String> fromMetadata(PageMetadata m, Provenance source) {
        return m == null ? null : new Resolved<>(m.value(), source, null);
    }
}
