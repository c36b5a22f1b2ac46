package org.ogiaudit.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import org.ogiaudit.engine.RuleInfo;

/** The rulebook's catalogue, read from DRL metadata, as text, JSON or the Markdown of docs/rules.md. */
public final class RuleCatalogue {
    private RuleCatalogue() { }

    public static String text(List<RuleInfo> rules) {
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : rules) {
            sb.append(String.format("%-22s %-7s %3d  %-12s %s%n", r.id(), lower(r.severity()), r.points(), lower(r.category()),
                    r.title() == null ? r.name() : r.title()));
            sb.append(String.format("%-22s rule \"%s\" (%s:%d)%s%n", "", r.name(), r.file(), r.line(),
                    r.regime() == null ? "" : ", applies to " + r.regime()));
            if (r.basis() != null) sb.append(String.format("%-22s basis: %s%n", "", r.basis()));
        }
        return sb.toString();
    }

    public static String json(List<RuleInfo> rules) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode a = mapper.createArrayNode();
        for (RuleInfo r : rules) {
            a.addObject().put("id", r.id()).put("name", r.name()).put("title", r.title()).put("severity", lower(r.severity()))
                    .put("points", r.points()).put("category", lower(r.category())).put("regime", r.regime())
                    .put("basis", r.basis()).put("file", fileName(r.file())).put("line", r.line());
        }
        try {
            return mapper.writeValueAsString(a) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule reference; docs/rules.md is this output, and a test keeps it current. */
    public static String markdown(List<RuleInfo> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule reference\n\n");
        sb.append("Generated from the DRL metadata by `./ogi-audit rules list --format markdown`; do not edit by hand.\n");
        sb.append("Severity and points are the defaults a rules folder may override.\n\n");
        sb.append("| id | title | applies to | severity | points | category | basis | DRL rule |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            sb.append("| ").append(r.id()).append(" | ").append(cell(r.title())).append(" | ").append(cell(r.regime()))
                    .append(" | ").append(lower(r.severity())).append(" | ").append(r.points()).append(" | ")
                    .append(lower(r.category())).append(" | ").append(cell(r.basis())).append(" | `")
                    .append(fileName(r.file())).append("`: ").append(cell(r.name())).append(" |\n");
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
