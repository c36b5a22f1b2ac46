package org.ogiaudit.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.model.Text;

/**
 * The files a user named: files as given, folders searched recursively. Every file is accounted for: a report ogi-audit
 * reads becomes an input; a report-like file it does not read (RTF, archives …; a spreadsheet, unless {@link Spreadsheets}
 * ties it to a report) becomes an input that fails with the reason and what to do; anything else in a folder (images, style sheets, scripts) is counted as
 * ignored. A path that does not exist is reported, for the command line to refuse.
 */
public final class InputFiles {
    /**
     * A file to check, or a path that could not be used and why; {@code sheets}: spreadsheets tied to it, which hold
     * its tables ({@link Spreadsheets}).
     */
    public record Input(Path path, String shownAs, Text problem, List<Spreadsheets.Tie> sheets) {
        public Input {
            sheets = sheets == null ? List.of() : List.copyOf(sheets);
        }

        public Input(Path path, String shownAs, Text problem) {
            this(path, shownAs, problem, List.of());
        }

        Input withSheets(List<Spreadsheets.Tie> tied) {
            return new Input(path, shownAs, problem, tied);
        }
    }

    /**
     * What a scan found.
     *
     * @param inputs  every file to check or to report as unreadable, in a stable order
     * @param ignored files in the folders that are no reports (images, scripts, style sheets, hidden files)
     * @param missing paths as given that do not exist
     */
    public record Scan(List<Input> inputs, int ignored, List<String> missing) { }

    private InputFiles() { }

    /** The inputs only (missing paths become inputs that fail): for callers that name files they know exist. */
    public static List<Input> collect(List<String> args) {
        Scan scan = scan(args);
        List<Input> out = new ArrayList<>(scan.inputs());
        for (String m : scan.missing()) out.add(new Input(Path.of(m), m, Text.of("文件或文件夹不存在", "no such file or folder")));
        return out;
    }

    public static Scan scan(List<String> args) {
        List<Input> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int ignored = 0;
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException | RuntimeException e) {
                    out.add(new Input(p, arg, Text.of("无法读取文件夹：" + e.getMessage(), "cannot read the folder: " + e.getMessage())));
                    continue;
                }
                for (Path f : files) {
                    if (f.getFileName().toString().startsWith(".")) {
                        ignored++;
                    } else if (DocumentFormat.of(f) != null) {
                        out.add(new Input(f, f.toString(), null));
                    } else if (DocumentFormat.notReadReason(f) != null) {
                        out.add(new Input(f, f.toString(), DocumentFormat.notReadReason(f)));
                    } else {
                        ignored++;
                    }
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p, arg, null));
            } else {
                missing.add(arg);
            }
        }
        return new Scan(out, ignored, missing);
    }
}
