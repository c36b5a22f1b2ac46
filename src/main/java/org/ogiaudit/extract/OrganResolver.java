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
    private final Pattern compiledBy;
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("(.+政府)办公[室厅]");

    OrganResolver(Organs organs, Divisions divisions, Vocabulary v) {
        this.organs = organs;
        this.divisions = divisions;
        this.names = new OrganNames(divisions, organs, v);
        selfGovernment = v.get(ConceptName.SELF_GOVERNMENT);
        selfTownship = v.get(ConceptName.SELF_TOWNSHIP);
        selfDepartment = v.get(ConceptName.SELF_DEPARTMENT);
        organLabel = v.get(ConceptName.ORGAN_LABEL);
        labelled = Pattern.compile("(?:" + organLabel.asRegex() + ")\\s*[:：]?\\s*\\|?\\s*(?<organ>[\\p{IsHan}()（）]{2,30})");
        compiledBy = Pattern.compile(v.get(ConceptName.ORGAN_COMPILED_BY).asRegex());
    }

    Resolved<String> agency(ReportText t, String title) {
        return Resolved.first(
                () -> fromMetadata(t.manifest(Manifest.AGENCY), Provenance.of(Origin.MANIFEST)),
                () -> fromTitle(t, title),
                () -> fromPageLabel(t),
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
        String full = Organs.qualify(raw, t.body());
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
                            new Evidence(Mentions.clip(line.strip()), i + 1));
                }
            }
            String header = headerValue(t, i);
            if (header != null) {
                return new Resolved<>(organs.canonical(header), Provenance.of(Origin.PAGE_TEXT, "(a table of page fields)"),
                        new Evidence(Mentions.clip(t.lines.get(i + 1).strip()), i + 2));
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
            if (text.contains("编制")) {
                Matcher c = compiledBy.matcher(text);
                if (c.find()) {
                    String organ = names.fromMatch(c);
                    if (organ != null) {
                        // a government's report is compiled by its general office ("本报告由X人民政府办公室…编制", the
                        // template of 国办公开办函〔2021〕30号): the report is the government's
                        Matcher office = GOVERNMENT_OFFICE.matcher(organ);
                        String of = office.matches() ? office.group(1) : organ;
                        return named(of, "(compiled by " + organ + ")", s);
                    }
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

    private Resolved<String> named(String organ, String how, Sentence s) {
        return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, how), new Evidence(Mentions.clip(s.text()), s.line()));
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
            String next = t.lines.get(h.line()).strip(); // the line after the heading
            Matcher m = SUBJECT.matcher(next);
            if (!m.lookingAt()) continue;
            String organ = names.endingAt(m.group("organ"));
            if (organ != null && organ.equals(m.group("organ")) && isDivisionOrgan(organ)) {
                return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, "(the subject of " + h.text() + ")"),
                        new Evidence(Mentions.clip(next), h.line() + 1));
            }
        }
        return null;
    }

    private static final Pattern SUBJECT = Pattern.compile("(?:(?:19|20)\\d{2}\\s*年(?:度)?\\s*[,，]?\\s*)?(?<organ>\\p{IsHan}{4,25}?)(?=以|认真|坚持|持续|深入|严格|全面|紧紧|按照|围绕|高度|积极|进一步)");

    /** A line at the report's end that is the organ's name alone (before or with the date it is signed on). */
    private Resolved<String> signature(ReportText t) {
        for (int i = t.end - 1; i >= Math.max(t.start, t.end - 8); i--) {
            String line = SIGNATURE_TAIL.matcher(t.lines.get(i).strip()).replaceFirst("").strip();
            if (line.isEmpty() || line.length() > 30) continue;
            String organ = names.endingAt(line);
            if (organ != null && organ.equals(line) && isDivisionOrgan(organ)) {
                return new Resolved<>(organs.canonical(organ), Provenance.of(Origin.BODY, "(signature)"),
                        new Evidence(t.lines.get(i).strip(), i + 1));
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
