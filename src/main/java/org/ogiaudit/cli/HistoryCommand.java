package org.ogiaudit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Status;
import org.ogiaudit.store.HistoryEntry;
import org.ogiaudit.store.HistoryStore;
import org.ogiaudit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-audit history --store FILE ORGAN}: an organ's years in the history store. Its help is {@code ogi-audit.history.*}. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    enum Output { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ORGAN", descriptionKey = "history.organ")
    String organ;

    @Option(names = "--store", required = true, paramLabel = "STORE", descriptionKey = "history.store")
    String store;

    @Option(names = {"-f", "--format"}, defaultValue = "text", descriptionKey = "history.format")
    Output format;

    @Mixin
    LanguageOption language;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang.Messages m = language.messages();
        if (!store.startsWith("jdbc:") && !java.nio.file.Files.exists(java.nio.file.Path.of(store))) {
            err.println(m.get("prefix") + m.get("history.noStore", store));
            return ExitCodes.USAGE;
        }
        List<HistoryEntry> entries;
        try (HistoryStore history = HistoryStore.open(store)) {
            entries = history.history(organ);
        } catch (StoreException e) {
            err.println(m.get("prefix") + e.reason().in(language.lang()));
            return ExitCodes.STORE;
        }
        if (entries.isEmpty()) {
            err.println(m.get("prefix") + m.get("history.none", store, organ));
            return ExitCodes.FILE_ERRORS;
        }
        out.print(format == Output.json ? json(entries, language.lang()) : text(entries, m, language.lang()));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(List<HistoryEntry> entries, Lang.Messages m, Lang lang) {
        Map<String, List<HistoryEntry>> byOrgan = new LinkedHashMap<>();
        for (HistoryEntry e : entries) {
            byOrgan.computeIfAbsent(e.organ() == null ? m.get("history.organUnknown") : e.organ(), k -> new java.util.ArrayList<>()).add(e);
        }
        StringBuilder sb = new StringBuilder();
        byOrgan.forEach((name, years) -> {
            sb.append(name).append('\n');
            sb.append("  ").append(m.get("history.columns")).append('\n');
            for (HistoryEntry e : years) {
                sb.append(String.format("  %-6s %5s %6d %9d %7s  %-10s  %s%n", e.year() == null ? "?" : e.year(),
                        e.score() == null ? "—" : e.score(), e.fails(), e.uncertain(),
                        e.cross().isEmpty() ? "—" : e.crossFails() + "/" + e.cross().size(),
                        e.checkedAt().substring(0, Math.min(10, e.checkedAt().length())), e.file() + (e.part() > 1 ? " #" + e.part() : "")));
                for (HistoryEntry.Cross c : e.cross()) {
                    sb.append(String.format("         %s %s%s: %s%n", lang.label(Status.valueOf(c.status())), c.rule(),
                            c.deducted() > 0 ? " (−" + c.deducted() + ")" : "", c.message().in(lang)));
                }
            }
            sb.append('\n');
        });
        sb.append(m.get("history.legend")).append('\n');
        return sb.toString();
    }

    private static String json(List<HistoryEntry> entries, Lang lang) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode a = mapper.createArrayNode();
        for (HistoryEntry e : entries) {
            ObjectNode o = a.addObject().put("organ", e.organ()).put("organKey", e.organKey());
            if (e.year() == null) o.putNull("reportYear"); else o.put("reportYear", e.year());
            o.put("file", e.file()).put("part", e.part());
            if (e.score() == null) o.putNull("score"); else o.put("score", e.score());
            o.put("fail", e.fails()).put("uncertain", e.uncertain()).put("checkedAt", e.checkedAt()).put("rulebookSha256", e.rulebookSha256());
            ArrayNode cross = o.putArray("crossReport");
            for (HistoryEntry.Cross c : e.cross()) {
                ObjectNode co = cross.addObject().put("rule", c.rule()).put("status", c.status()).put("deducted", c.deducted())
                        .put("message", c.message().in(lang));
                co.putObject("other").put("organ", c.otherOrgan()).put("reportYear", c.otherYear()).put("file", c.otherFile());
            }
        }
        try {
            return mapper.writeValueAsString(a) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
