package org.ogiaudit.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Text read from pictures by the Tesseract command line with its simplified-Chinese model (chi_sim).
 *
 * <p>Tesseract runs as a separate process for each page or picture, not in the JVM through a JNA binding such as
 * Tess4J: a page that takes too long is killed at the time limit (a native call inside the JVM cannot be interrupted),
 * and a crash of the native library (segfaults on odd images are known) ends that process only, never the batch. The
 * price, about 0.2 s a page for starting the process and loading the model, is small next to the seconds a page
 * takes. Each process is held to one thread (OMP_THREAD_LIMIT=1) so that a parallel batch does not oversubscribe the
 * cores.
 */
final class Ocr {
    /** Marks a raw line read by OCR until the reader records it ({@link #takeMarks}); a private-use character. */
    static final char MARK = '\uE000';
    /**
     * Pages are rendered at this resolution for Tesseract. Measured on a report printed by Chromium (4 pages, chi_sim,
     * --psm 6): 300 dpi read 98.8% of the characters right and misread two of nine "一、" headings ("人人人、"); 250
     * and 200 dpi read 99.1–99.2% and every heading, 25% faster. Scans are seldom finer than 300 dpi anyway.
     */
    static final int DPI = 250;
    /** Pictures smaller than this (icons, bullets, spacers) are not read. */
    private static final int MIN_WIDTH = 150;
    private static final int MIN_HEIGHT = 40;
    private static final long MAX_PIXELS = 60_000_000L;

    private static final Map<String, String> PROBES = new ConcurrentHashMap<>();

    private final ReadOptions options;

    Ocr(ReadOptions options) {
        this.options = options;
    }

    OcrMode mode() {
        return options.ocr();
    }

    long maxBytes() {
        return options.maxBytes();
    }

    Duration timeout() {
        return options.ocrPageTimeout();
    }

    /** A page or picture that could not be read; the message says why. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /**
     * Null when Tesseract and its chi_sim model are installed, else what to install. Asked once per command and JVM.
     */
    String unavailable() {
        String problem = PROBES.computeIfAbsent(options.tesseract(), Ocr::probe);
        return problem.isEmpty() ? null : problem;
    }

    private static String probe(String command) {
        Path out = null;
        try {
            out = Files.createTempFile("ogi-ocr-langs", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "tesseract did not answer within 20 s (" + command + " --list-langs)";
            }
            String langs = Files.readString(out, StandardCharsets.UTF_8);
            for (String line : langs.split("\\R")) {
                if (line.strip().equals("chi_sim")) return "";
            }
            return "the simplified-Chinese model of tesseract (chi_sim) is not installed: install it "
                    + "(Debian/Ubuntu: apt-get install tesseract-ocr-chi-sim)";
        } catch (IOException e) {
            return "tesseract is not installed (no command \"" + command + "\"): install it and its simplified-Chinese model "
                    + "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for tesseract";
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /**
     * How Tesseract is told to find the lines. Both keep a table's rows as rows (automatic layout, --psm 3, may read a
     * table column by column). Measured on the real reports printed and scanned: {@link #PAGE} (one uniform block,
     * --psm 6) read 92.9% of lines, {@link #COLUMN} (one column of lines of varying size, --psm 4) 91.2%, but on a
     * small bordered table picture from a web page --psm 6 read nothing and --psm 4 every cell.
     */
    enum Layout {
        PAGE(6), COLUMN(4);

        final int psm;

        Layout(int psm) {
            this.psm = psm;
        }
    }

    /** A page: read as one block, and again as a column when that finds almost no Chinese text. */
    List<String> readPage(BufferedImage image, int dpi, String what) throws Failure {
        List<String> lines = read(image, dpi, what, Layout.PAGE);
        long han = 0;
        for (String l : lines) han += l.codePoints().filter(Han::is).count();
        return han >= 10 ? lines : read(image, dpi, what, Layout.COLUMN);
    }

    /**
     * Reads one image (already at {@code dpi}) and returns its lines, each starting with {@link #MARK}.
     *
     * @param what "page 3", "picture 2": for messages
     */
    List<String> read(BufferedImage image, int dpi, String what, Layout layout) throws Failure {
        if (Thread.currentThread().isInterrupted()) throw new Failure(what + ": OCR was interrupted");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ogi-ocr");
            Path png = dir.resolve("in.png");
            if (!ImageIO.write(withoutRules(image, dpi), "png", png.toFile())) throw new Failure(what + ": the picture could not be written for OCR");
            Path base = dir.resolve("out");
            Path err = dir.resolve("err.txt");
            // the text, and beside it the characters' boxes (hOCR), which show where figures stand apart (DigitGaps)
            ProcessBuilder pb = new ProcessBuilder(options.tesseract(), png.toString(), base.toString(),
                    "-l", "chi_sim", "--psm", Integer.toString(layout.psm), "--dpi", Integer.toString(dpi),
                    "-c", "hocr_char_boxes=1", "txt", "hocr")
                    .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(options.ocrPageTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new Failure(what + ": OCR was interrupted");
            }
            if (!done) {
                p.destroyForcibly();
                try {
                    p.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new Failure(what + ": OCR took longer than " + seconds(options.ocrPageTimeout()) + " and was stopped");
            }
            int exit = p.exitValue();
            if (exit != 0) {
                String detail = lastLine(err);
                throw new Failure(what + ": tesseract " + (exit > 128 ? "crashed (signal " + (exit - 128) + ")" : "failed (exit " + exit + ")")
                        + (detail.isEmpty() ? "" : ": " + detail));
            }
            Path txt = dir.resolve("out.txt");
            if (!Files.exists(txt)) throw new Failure(what + ": tesseract wrote no text");
            List<String> read = new ArrayList<>();
            for (String line : Files.readString(txt, StandardCharsets.UTF_8).split("\\R")) {
                String l = line.replace("\f", "").strip();
                if (!l.isEmpty()) read.add(l);
            }
            Path hocr = dir.resolve("out.hocr");
            if (Files.exists(hocr)) read = DigitGaps.apply(read, Files.readString(hocr, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(read.size());
            for (String l : read) lines.add(MARK + tidy(l));
            return lines;
        } catch (IOException e) {
            throw new Failure(what + ": OCR could not run: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String lastLine(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            int nl = s.lastIndexOf('\n');
            s = nl < 0 ? s : s.substring(nl + 1);
            return s.length() > 200 ? s.substring(0, 200) : s;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the system's temporary-file cleaning
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /**
     * The bytes of a picture an HTML page or Markdown file shows, when it is a data: URI or a relative path to a file
     * inside {@code baseDir} (the page's folder); null for remote, absolute or escaping paths, which are never read.
     */
    static byte[] localPicture(String src, Path baseDir, long maxBytes) {
        if (src == null) return null;
        String s = src.strip();
        if (s.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = s.indexOf(',');
            if (comma < 0 || !s.substring(0, comma).toLowerCase(Locale.ROOT).contains(";base64")) return null;
            if ((long) (s.length() - comma) * 3 / 4 > maxBytes) return null;
            try {
                return Base64.getMimeDecoder().decode(s.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (baseDir == null || s.isEmpty() || s.startsWith("/") || s.startsWith("\\") || s.startsWith("//")
                || s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int at = s.indexOf(c);
            if (at >= 0) cut = Math.min(cut, at);
        }
        s = s.substring(0, cut);
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it as written
        }
        try {
            Path base = baseDir.toAbsolutePath().normalize();
            Path file = base.resolve(s).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) return null;
            if (Files.size(file) > maxBytes) return null;
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Decodes a picture for OCR (PNG, JPEG, GIF, BMP), checking its size before decoding; null when it is not a
     * picture Java reads, is too small to hold text, or too large. Small web pictures are enlarged (Tesseract reads
     * characters about 30 pixels high best).
     */
    static BufferedImage decodePicture(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < MIN_WIDTH || h < MIN_HEIGHT || (long) w * h > MAX_PIXELS) return null;
                BufferedImage img = reader.read(0);
                int scale = w < 1000 ? 3 : w < 1600 ? 2 : 1;
                if ((long) w * h * scale * scale > MAX_PIXELS) scale = 1;
                BufferedImage gray = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = gray.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(img, 0, 0, w * scale, h * scale, null);
                g.dispose();
                return gray;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * A grey copy of {@code image} with the ruling lines of tables whitened: dark runs longer than 1 cm across or down
     * (no character is that long) are removed. Tesseract reads a bordered table's cells far better without the
     * borders, which it otherwise takes for characters ("|", "1", "l") or lets swallow single digits.
     */
    static BufferedImage withoutRules(BufferedImage image, int dpi) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage gray;
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            gray = image;
        } else {
            gray = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] px = ((java.awt.image.DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        if (px.length != w * h) return gray; // an unusual raster layout: leave it
        int minRun = Math.max(40, dpi * 10 / 25); // 1 cm
        final int dark = 160;
        boolean[] rule = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean d = x < w && (px[y * w + x] & 0xFF) < dark;
                if (d && start < 0) start = x;
                if (!d && start >= 0) {
                    if (x - start >= minRun) for (int k = start; k < x; k++) rule[y * w + k] = true;
                    start = -1;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            int start = -1;
            for (int y = 0; y <= h; y++) {
                boolean d = y < h && (px[y * w + x] & 0xFF) < dark;
                if (d && start < 0) start = y;
                if (!d && start >= 0) {
                    if (y - start >= minRun) for (int k = start; k < y; k++) rule[k * w + x] = true;
                    start = -1;
                }
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < o.length; i++) o[i] = rule[i] ? (byte) 0xFF : px[i];
        return out;
    }

    /** A digit 1 that Tesseract read as a bracket, bar or letter inside a date: "2018年]月1日", "12月3l日". */
    private static final java.util.regex.Pattern DATE_ONE = java.util.regex.Pattern.compile(
            "(?<=[年月]|(?<!\\d)\\d)[\\]\\[|lI!](?=\\d?[月日])");

    /**
     * The opening bracket of a heading "(三)" read as 人 ("人三)"), or a stray 人 before "六、": seen on the real reports
     * printed and scanned. No line of Chinese prose starts with either.
     */
    private static final java.util.regex.Pattern HEADING_BRACKET = java.util.regex.Pattern.compile("^人(?=[一二三四五六七八九十]{1,2}[)）])");
    private static final java.util.regex.Pattern HEADING_STRAY = java.util.regex.Pattern.compile("^人(?=[一二三四五六七八九十]{1,2}、)");

    /**
     * Undoes the commonest OCR misreadings that are certain in context: a 1 read as a bracket inside a date, a heading's
     * bracket read as 人. Digits elsewhere are left.
     */
    static String tidy(String line) {
        if (line.startsWith("人")) {
            line = HEADING_STRAY.matcher(HEADING_BRACKET.matcher(line).replaceFirst("(")).replaceFirst("");
        }
        if (line.indexOf('月') < 0 && line.indexOf('日') < 0) return line;
        return DATE_ONE.matcher(line).replaceAll("1");
    }

    /** Removes the OCR marks from {@code lines} (in place) and returns the indexes of the lines that had one. */
    static BitSet takeMarks(List<String> lines) {
        BitSet ocr = new BitSet();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf(MARK) >= 0) {
                ocr.set(i);
                lines.set(i, l.replace(String.valueOf(MARK), ""));
            }
        }
        return ocr;
    }
}
