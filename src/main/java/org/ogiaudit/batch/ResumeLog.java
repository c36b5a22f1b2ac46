package org.ogiaudit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an interrupted JSON Lines run already wrote: the files it finished, the rulebook, scoring profile and language it
 * used. A last line cut
 * off by the crash is removed, so that appending continues on a clean line.
 */
public final class ResumeLog {
    private final Set<String> done = new HashSet<>();
    private String rulebookSha;
    private String profile;
    private String lang;
    private boolean summaryWritten;

    public static ResumeLog read(Path file) throws IOException {
        ResumeLog log = new ResumeLog();
        dropPartialLastLine(file);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        java.util.Map<String, Set<Integer>> parts = new java.util.HashMap<>();
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        for (String line : lines) {
            if (line.isBlank()) continue;
            JsonNode n = mapper.readTree(line);
            switch (n.path("type").asText()) {
                case "run" -> {
                    log.rulebookSha = n.at("/rulebook/sha256").asText(null);
                    // a log from before profiles was scored as the recommended profile scores now
                    log.profile = n.path("profile").asText("recommended");
                    log.lang = n.path("lang").asText(null);
                }
                case "report" -> {
                    String f = n.path("file").asText();
                    parts.computeIfAbsent(f, k -> new HashSet<>()).add(n.path("part").asInt(1));
                    expected.put(f, n.at("/facts/partCount").isMissingNode() || n.at("/facts/partCount").isNull() ? 1 : n.at("/facts/partCount").asInt(1));
                }
                case "summary" -> log.summaryWritten = true;
                default -> { }
            }
        }
        Set<String> partial = new HashSet<>();
        parts.forEach((f, seen) -> {
            if (seen.size() >= expected.get(f)) log.done.add(f); else partial.add(f);
        });
        if (!partial.isEmpty()) {
            // a file cut off between its reports is checked again whole: drop the lines it has so far
            List<String> kept = new java.util.ArrayList<>();
            for (String line : lines) {
                if (line.isBlank()) continue;
                JsonNode n = mapper.readTree(line);
                if ("report".equals(n.path("type").asText()) && partial.contains(n.path("file").asText())) continue;
                kept.add(line);
            }
            try (org.ogiaudit.render.AtomicFile out = org.ogiaudit.render.AtomicFile.create(file)) {
                for (String line : kept) out.writer().write(line + "\n");
                out.commit();
            }
        }
        return log;
    }

    private static void dropPartialLastLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long len = raf.length();
            long keep = len;
            while (keep > 0) {
                raf.seek(keep - 1);
                if (raf.read() == '\n') break;
                keep--;
            }
            if (keep < len) raf.setLength(keep);
        }
    }

    public boolean isDone(String file) { return done.contains(file); }
    public int doneCount() { return done.size(); }
    public String rulebookSha() { return rulebookSha; }
    /** The scoring profile the log was written with: resuming with another would mix scores that do not compare. */
    public String profile() { return profile; }
    /** The language of its texts ("zh", "en"), or null for a log from before languages. */
    public String lang() { return lang; }
    public boolean isComplete() { return summaryWritten; }
}
