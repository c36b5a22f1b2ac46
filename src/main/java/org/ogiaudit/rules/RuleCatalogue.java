package org.ogiaudit.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Text;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.Term;

/**
 * A rulebook's catalogue, read from its DRL metadata and its vocabulary, as text, JSON or the Markdown of
 * docs/rules.md: what `ogi-audit rules list` prints. Text and Markdown are in the reader's language; JSON holds both.
 */
public final class RuleCatalogue {
    private static final String MESSAGES = "org.ogiaudit.rules.messages";

    private RuleCatalogue() { }

    public static String text(Rulebook book, Lang lang) {
        Lang.Messages m = lang.messages(MESSAGES);
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : book.rules()) {
            sb.append(String.format("%-22s %-7s %3d  %-6s %-8s %s%n", r.id(), lang.label(r.severity()), r.points(),
                    lang.label(r.category()), lang.label(r.basisKind()), r.title().isEmpty() ? r.name() : r.title().in(lang)));
            sb.append(String.format("%-22s %s%n", "", m.get("list.where", r.name(), fileName(r.file()), r.line(), r.scope(lang))));
            if (!r.basis().isEmpty()) sb.append(String.format("%-22s %s%n", "", m.get("list.basis", lang.label(r.basisKind()), r.basis().in(lang))));
            if (!r.advice().isEmpty()) sb.append(String.format("%-22s %s%n", "", m.get("list.advice", r.advice().in(lang))));
        }
        sb.append(String.format("%n%s%n", m.get("list.decisions")));
        for (RuleInfo r : book.decisionRules()) sb.append(m.get("list.decision", r.name(), fileName(r.file()), r.line())).append('\n');
        sb.append(String.format("%n%s%n", m.get("list.vocabulary")));
        for (Concept c : book.vocabulary().concepts()) {
            sb.append(String.format("  %-40s %s%s  %s%n", c.getName().fileName(), m.get("list.terms", c.getTerms().size()),
                    c.getExclusions().isEmpty() ? "" : m.get("list.exclusions", c.getExclusions().size()),
                    lang == Lang.ZH ? c.getName().getChinese() : c.getName().getEnglish()));
        }
        return sb.toString();
    }

    /** Both languages of every text, and every key a program needs; keys and enum values are ASCII and stable. */
    public static String json(Rulebook book) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode a = root.putArray("rules");
        for (RuleInfo r : book.rules()) {
            ObjectNode o = a.addObject().put("id", r.id()).put("name", r.name());
            texts(o, "title", r.title());
            texts(o, "check", r.check());
            o.put("severity", lower(r.severity())).put("points", r.points()).put("category", lower(r.category()))
                    .put("regime", r.appliesTo()).put("basisKind", r.basisKind().id());
            ArrayNode regions = o.putArray("regions");
            r.regions().stream().sorted().forEach(regions::add);
            texts(o, "basis", r.basis());
            texts(o, "message", r.message());
            texts(o, "advice", r.advice());
            o.put("file", fileName(r.file())).put("line", r.line());
        }
        ArrayNode d = root.putArray("decisionRules");
        for (RuleInfo r : book.decisionRules()) {
            ObjectNode o = d.addObject().put("name", r.name());
            texts(o, "message", r.message());
            o.put("file", fileName(r.file())).put("line", r.line());
        }
        ArrayNode v = root.putArray("vocabulary");
        for (Concept c : book.vocabulary().concepts()) {
            ObjectNode o = v.addObject().put("concept", c.getName().name()).put("file", c.getName().fileName())
                    .put("description", c.getName().getChinese()).put("descriptionEn", c.getName().getEnglish());
            ArrayNode terms = o.putArray("terms");
            for (Term t : c.getTerms()) terms.add(t.pattern().pattern());
            ArrayNode ex = o.putArray("exclusions");
            for (Term t : c.getExclusions()) ex.add(t.pattern().pattern());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void texts(ObjectNode o, String key, Text t) {
        o.put(key, t.zh()).put(key + "En", t.en());
    }

    /** The rule reference; docs/rules.md is this output in Chinese, and a test keeps it current. */
    public static String markdown(Rulebook book, Lang lang) {
        Lang.Messages m = lang.messages(MESSAGES);
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("md.title")).append("\n\n").append(m.get("md.intro")).append("\n\n");
        sb.append(m.get("md.header")).append('\n');
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (RuleInfo r : book.rules()) {
            sb.append("| ").append(r.id()).append(" | ").append(cell(r.title().in(lang))).append(" | ").append(cell(r.scope(lang)))
                    .append(" | ").append(lang.label(r.severity())).append(" | ").append(r.points()).append(" | ")
                    .append(lang.label(r.category())).append(" | ").append(lang.label(r.basisKind())).append(" | ")
                    .append(cell(r.basis().in(lang))).append(" | ").append(cell(r.advice().in(lang))).append(" | `")
                    .append(fileName(r.file())).append("`: ").append(cell(r.name())).append(" |\n");
        }
        sb.append('\n').append(m.get("md.decisions")).append("\n\n").append(m.get("md.decisionsIntro")).append("\n\n");
        for (RuleInfo r : book.decisionRules()) {
            sb.append("- `").append(fileName(r.file())).append("`: ").append(cell(r.name())).append('\n');
        }
        sb.append('\n').append(m.get("md.vocabulary")).append("\n\n").append(m.get("md.vocabularyIntro")).append("\n\n");
        sb.append(m.get("md.vocabularyHeader")).append("\n|---|---|---|---|\n");
        for (Concept c : book.vocabulary().concepts()) {
            sb.append("| `").append(c.getName().fileName()).append("` | ")
                    .append(cell(lang == Lang.ZH ? c.getName().getChinese() : c.getName().getEnglish())).append(" | ")
                    .append(c.getTerms().size()).append(" | ").append(c.getExclusions().size()).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String fileName(String path) {
        if (path == null) return "";
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
