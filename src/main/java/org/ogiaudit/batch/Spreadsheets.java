package org.ogiaudit.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogiaudit.model.Text;
import org.ogiaudit.ingest.DocumentFormat;
import org.ogiaudit.ingest.Manifest;

/**
 * Spreadsheets (.xlsx, .xls) that hold a report's statistics tables, tied to that report before the batch reads
 * anything, so that its tables 二, 三 and 四 are read from the sheet where the report's text lacks them. A spreadsheet
 * is tied to a report among the inputs
 * <ul>
 *   <li>by its name: in the same folder, its name without extension is the report's, alone or followed by a separator
 *       and more ({@code 2023_沭阳县发改局.html} and {@code 2023_沭阳县发改局_统计表.xlsx}); or</li>
 *   <li>by the manifest: its row and the report's give the same {@code agency} and the same year (the {@code year}
 *       column, else the one year written in the file's name).</li>
 * </ul>
 * A spreadsheet that ties to no report, or to several, stays an input of its own (a folder scan lists it as a
 * statistics table, not a report). Once the report is read, the tie holds only if the report covers the year the
 * spreadsheet is for, when that is known ({@link Checker}).
 */
public final class Spreadsheets {
    /**
     * A spreadsheet tied to a report.
     *
     * @param how  "by its file name" or "by the manifest", for notes
     * @param year the year it is for (manifest or file name), or null when it names none
     */
    public record Tie(Path path, String shownAs, Text how, Integer year) { }

    private static final Text BY_NAME = Text.of("按文件名", "by its file name");
    private static final Text BY_MANIFEST = Text.of("按清单（manifest）", "by the manifest");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final String SEPARATORS = "_-—– .·(（[【";

    private Spreadsheets() { }

    /** {@code inputs} with every tied spreadsheet moved onto its report; order kept otherwise. */
    static List<InputFiles.Input> tie(List<InputFiles.Input> inputs, Manifest manifest) {
        List<InputFiles.Input> reports = new ArrayList<>();
        for (InputFiles.Input in : inputs) {
            if (in.problem() == null && DocumentFormat.of(in.path()) != null) reports.add(in);
        }
        Map<InputFiles.Input, List<Tie>> ties = new LinkedHashMap<>();
        Set<InputFiles.Input> tied = new java.util.HashSet<>();
        for (InputFiles.Input sheet : inputs) {
            DocumentFormat f = DocumentFormat.fromName(sheet.path());
            if (f == null || !f.isSpreadsheet()) continue;
            Tie t = null;
            InputFiles.Input report = byName(sheet, reports);
            if (report != null) {
                t = new Tie(sheet.path(), sheet.shownAs(), BY_NAME, yearOf(sheet, manifest));
            } else if (manifest != null) {
                report = byManifest(sheet, reports, manifest);
                if (report != null) t = new Tie(sheet.path(), sheet.shownAs(), BY_MANIFEST, yearOf(sheet, manifest));
            }
            if (t == null) continue;
            ties.computeIfAbsent(report, k -> new ArrayList<>()).add(t);
            tied.add(sheet);
        }
        if (tied.isEmpty()) return inputs;
        List<InputFiles.Input> out = new ArrayList<>(inputs.size() - tied.size());
        for (InputFiles.Input in : inputs) {
            if (tied.contains(in)) continue;
            List<Tie> mine = ties.get(in);
            out.add(mine == null ? in : in.withSheets(mine));
        }
        return out;
    }

    /** The one report whose name (without extension) the sheet's name is, or starts with before a separator. */
    private static InputFiles.Input byName(InputFiles.Input sheet, List<InputFiles.Input> reports) {
        String stem = stem(sheet.path());
        Path folder = folder(sheet.path());
        InputFiles.Input best = null;
        int bestLength = -1;
        boolean ambiguous = false;
        for (InputFiles.Input r : reports) {
            if (!folder.equals(folder(r.path()))) continue;
            String rs = stem(r.path());
            boolean fits = stem.equals(rs) || (stem.startsWith(rs) && SEPARATORS.indexOf(stem.charAt(rs.length())) >= 0);
            if (!fits || rs.length() < bestLength) continue;
            ambiguous = rs.length() == bestLength;
            best = r;
            bestLength = rs.length();
        }
        return ambiguous ? null : best;
    }

    /** The one report whose manifest row gives the sheet's agency and year. */
    private static InputFiles.Input byManifest(InputFiles.Input sheet, List<InputFiles.Input> reports, Manifest manifest) {
        Manifest.Entry row = manifest.lookup(sheet.path(), sheet.shownAs());
        Integer year = yearOf(sheet, manifest);
        if (row == null || row.agency() == null || year == null) return null;
        InputFiles.Input found = null;
        for (InputFiles.Input r : reports) {
            Manifest.Entry other = manifest.lookup(r.path(), r.shownAs());
            if (other == null || !row.agency().equals(other.agency()) || !year.equals(yearOf(r, manifest))) continue;
            if (found != null) return null; // two reports of that organ and year: which one is not known
            found = r;
        }
        return found;
    }

    /** The year the manifest gives a file, else the one year its name holds, else null. */
    private static Integer yearOf(InputFiles.Input in, Manifest manifest) {
        Manifest.Entry row = manifest == null ? null : manifest.lookup(in.path(), in.shownAs());
        if (row != null && row.year() != null) return row.year();
        return yearInName(in.path());
    }

    /** The one year (1900–2099) a file's name holds, or null when it holds none or several. */
    static Integer yearInName(Path file) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(stem(file));
        while (m.find()) years.add(Integer.valueOf(m.group(1)));
        return years.size() == 1 ? years.iterator().next() : null;
    }

    private static String stem(Path file) {
        String n = Objects.requireNonNull(file.getFileName()).toString();
        int dot = n.lastIndexOf('.');
        return (dot < 0 ? n : n.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }
}
