package org.ogiaudit.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.ogiaudit.vocabulary.Concept;
import org.ogiaudit.vocabulary.Term;

/**
 * A rulebook's catalogue, read from its DRL metadata and its vocabulary, as text, JSON or the Markdown of
 * docs/rules.md: what `ogi-audit rules list` prints.
 */
public final class RuleCatalogue {
    private RuleCatalogue() { }

    public static String text(Rulebook book) {
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : book.rules()) {
            sb.append(String.format("%-22s %-7s %3d  %-12s %s%n", r.id(), lower(r.severity()), r.points(), lower(r.category()),
                    r.title() == null ? r.name() : r.title()));
            sb.append(String.format("%-22s rule \"%s\" (%s:%d), applies to %s%n", "", r.name(), r.file(), r.line(), r.appliesTo()));
            if (r.basis() != null) sb.append(String.format("%-22s basis: %s%n", "", r.basis()));
        }
        sb.append(String.format("%ndecision rules (they decide what other rules found; findings carry those rules' ids):%n"));
        for (RuleInfo r : book.decisionRules()) sb.append(String.format("  rule \"%s\" (%s:%d)%n", r.name(), r.file(), r.line()));
        sb.append(String.format("%nreading vocabulary (one regular expression per line; \"!\" lines exclude):%n"));
        for (Concept c : book.vocabulary().concepts()) {
            sb.append(String.format("  %-40s %3d terms%s  %s%n", c.getName().fileName(), c.getTerms().size(),
                    c.getExclusions().isEmpty() ? "" : String.format(", %d exclusions", c.getExclusions().size()), c.getName().getChinese()));
        }
        return sb.toString();
    }

    public static String json(Rulebook book) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode a = root.putArray("rules");
        for (RuleInfo r : book.rules()) {
            a.addObject().put("id", r.id()).put("name", r.name()).put("title", r.title()).put("severity", lower(r.severity()))
                    .put("points", r.points()).put("category", lower(r.category())).put("regime", r.appliesTo())
                    .put("basis", r.basis()).put("file", fileName(r.file())).put("line", r.line());
        }
        ArrayNode d = root.putArray("decisionRules");
        for (RuleInfo r : book.decisionRules()) d.addObject().put("name", r.name()).put("file", fileName(r.file())).put("line", r.line());
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

    /** The rule reference; docs/rules.md is this output, and a test keeps it current. */
    public static String markdown(Rulebook book) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule reference\n\n");
        sb.append("Generated from the DRL metadata and the vocabulary by `./ogi-audit rules list --format markdown`; do not edit by hand.\n");
        sb.append("Severity and points are the defaults a rules folder may override. \"Applies to\" is enforced: a rule never fires on\n");
        sb.append("a report of another regime or organ kind.\n\n");
        sb.append("| id | title | applies to | severity | points | category | basis | DRL rule |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (RuleInfo r : book.rules()) {
            sb.append("| ").append(r.id()).append(" | ").append(cell(r.title())).append(" | ").append(cell(r.appliesTo()))
                    .append(" | ").append(lower(r.severity())).append(" | ").append(r.points()).append(" | ")
                    .append(lower(r.category())).append(" | ").append(cell(r.basis())).append(" | `")
                    .append(fileName(r.file())).append("`: ").append(cell(r.name())).append(" |\n");
        }
        sb.append("\n## Decision rules\n\n");
        sb.append("They decide what other rules' facts mean (an `Absence`: FAIL or UNCERTAIN) and report under those rules' ids.\n\n");
        for (RuleInfo r : book.decisionRules()) {
            sb.append("- `").append(fileName(r.file())).append("`: ").append(cell(r.name())).append('\n');
        }
        sb.append("\n## Reading vocabulary\n\n");
        sb.append("`rules/vocabulary/*.txt`: one Java regular expression per line (a plain word matches itself), `#` comments,\n");
        sb.append("`!` lines exclude. Extend a concept by adding a line; no Java build.\n\n");
        sb.append("| file | concept | terms | exclusions |\n|---|---|---|---|\n");
        for (Concept c : book.vocabulary().concepts()) {
            sb.append("| `").append(c.getName().fileName()).append("` | ").append(cell(c.getName().getChinese())).append(" (")
                    .append(cell(c.getName().getEnglish())).append(") | ").append(c.getTerms().size()).append(" | ")
                    .append(c.getExclusions().size()).append(" |\n");
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
