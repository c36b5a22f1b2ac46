package org.ogiaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Node;
import org.ogiaudit.model.Text;

/**
 * Reads a Word 2007+ document (.docx) with Apache POI's XWPF: paragraphs in document order (the labels of automatic
 * numbering, such as "一、", put back in front of them), headings as lines of their own, tables as one line per row
 * with cells separated by " | " exactly as web page tables are read (a horizontally merged cell is one cell, the
 * continuation of a vertically merged cell is blank). A picture in a paragraph leaves the {@link SourceDocument#IMAGE_LINE}
 * marker, followed by what OCR read in it when OCR is on (tables are published as pictures in Word files too). The core
 * properties (created, modified, title, author) are kept as page metadata named docx:…: a file's creation date is not
 * a publication date.
 */
final class DocxReader {
    DocumentReader.RawDocument read(byte[] bytes, long maxBytes, Pictures pictures) throws IngestException {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(Math.max(maxBytes * ZipPackages.MAX_EXPANSION, 100L << 20));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            Numbers numbers = new Numbers(doc);
            for (IBodyElement el : doc.getBodyElements()) render(el, lines, numbers, 0, pictures);
            lines.removeIf(String::isBlank);
            java.util.BitSet ocrLines = Ocr.takeMarks(lines);
            List<PageMetadata> meta = new ArrayList<>();
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            addMeta(meta, "docx:title", core.getTitle());
            addMeta(meta, "docx:author", core.getCreator());
            addDate(meta, "docx:created", core.getCreated());
            addDate(meta, "docx:modified", core.getModified());
            List<Text> notes = new ArrayList<>();
            notes.add(Text.of("从 Word 文档（.docx）读取", "read from a Word document (.docx)"));
            notes.addAll(pictures.notes());
            return new DocumentReader.RawDocument(null, lines, meta, 0, notes, ocrLines, pictures.read(), false);
        } catch (IOException e) {
            if (ZipPackages.isBomb(e)) throw ZipPackages.bomb();
            throw new IngestException("无法读取的 Word 文档（.docx）：" + e.getMessage(), "not a readable Word document (.docx): " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            if (ZipPackages.isBomb(e)) throw ZipPackages.bomb();
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new IngestException("该 Word 文档（.docx）已损坏：" + why, "the Word document (.docx) is damaged: " + why, e);
        }
    }

    private static void render(IBodyElement el, List<String> out, Numbers numbers, int depth, Pictures pictures) {
        if (depth > 50) return;
        if (el instanceof XWPFParagraph p) {
            String text = ListNumbers.join(numbers.label(p), p.getText());
            for (String line : text.split("[\\n\\r\\u000B\\f]")) {
                if (!line.isBlank()) out.add(line);
            }
            for (XWPFRun run : p.getRuns()) {
                for (XWPFPicture picture : run.getEmbeddedPictures()) {
                    out.add(SourceDocument.IMAGE_LINE); // a table published as a picture leaves this trace
                    XWPFPictureData data = picture.getPictureData();
                    if (data != null) out.addAll(pictures.embedded(data.getData()));
                }
            }
        } else if (el instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) renderRow(row, out, numbers, depth, pictures);
        } else if (el instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                if (!line.isBlank()) out.add(line);
            }
        }
    }

    private static void renderRow(XWPFTableRow row, List<String> out, Numbers numbers, int depth, Pictures pictures) {
        List<String> cells = new ArrayList<>();
        for (ICell icell : row.getTableICells()) {
            if (icell instanceof XWPFSDTCell sc) {
                cells.add(sc.getContent().getText().replace('\n', ' ').strip());
                continue;
            }
            if (!(icell instanceof XWPFTableCell cell)) continue;
            Node tcPr = child(cell.getCTTc().getDomNode(), "tcPr");
            String hMerge = attr(child(tcPr, "hMerge"), "val", "restart");
            if (child(tcPr, "hMerge") != null && "continue".equals(hMerge)) continue; // legacy horizontal merge
            Node vMerge = child(tcPr, "vMerge");
            if (vMerge != null && !"restart".equals(attr(vMerge, "val", "continue"))) {
                cells.add("");
                continue;
            }
            List<String> cellLines = new ArrayList<>();
            for (IBodyElement el : cell.getBodyElements()) render(el, cellLines, numbers, depth + 1, pictures);
            cells.add(String.join(" ", cellLines).strip());
        }
        if (cells.stream().anyMatch(c -> !c.isBlank())) out.add(String.join(" | ", cells));
    }

    /** The first child element of {@code node} with local name {@code name}, or null. */
    static Node child(Node node, String name) {
        if (node == null) return null;
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(c))) return c;
        }
        return null;
    }

    private static String localName(Node n) {
        String local = n.getLocalName();
        if (local != null) return local;
        String name = n.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The value of the w:{@code name} attribute, or {@code absent}. */
    static String attr(Node node, String name, String absent) {
        if (node == null || node.getAttributes() == null) return absent;
        for (int i = 0; i < node.getAttributes().getLength(); i++) {
            Node a = node.getAttributes().item(i);
            if (name.equals(localName(a))) return a.getNodeValue();
        }
        return absent;
    }

    private static void addMeta(List<PageMetadata> meta, String name, String value) {
        if (value != null && !value.isBlank()) meta.add(new PageMetadata(name, value.strip(), name + ": " + value.strip(), 0));
    }

    static void addDate(List<PageMetadata> meta, String name, Date value) {
        if (value == null || value.getTime() < 315532800000L) return; // before 1980: an unset date (FILETIME 0 is 1601)
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        String iso = f.format(value);
        meta.add(new PageMetadata(name, iso, name + ": " + iso + " (a file property, not a publication date)", 0));
    }

    /** Automatic numbering of paragraphs: from the paragraph's own numPr, else from its style's. */
    private static final class Numbers {
        private final XWPFNumbering numbering;
        private final XWPFStyles styles;
        private final ListNumbers counters = new ListNumbers();
        private final Map<BigInteger, ListNumbers.Level[]> levelsByAbstract = new HashMap<>();
        private final Set<BigInteger> numsSeen = new HashSet<>();

        Numbers(XWPFDocument doc) {
            this.numbering = doc.getNumbering();
            this.styles = doc.getStyles();
        }

        String label(XWPFParagraph p) {
            if (numbering == null) return "";
            try {
                BigInteger numId = null;
                int ilvl = 0;
                Node numPr = child(child(p.getCTP().getDomNode(), "pPr"), "numPr");
                if (numPr == null) numPr = styleNumPr(p.getStyleID());
                if (numPr == null) return "";
                String id = attr(child(numPr, "numId"), "val", null);
                String lvl = attr(child(numPr, "ilvl"), "val", "0");
                if (id == null) return "";
                numId = new BigInteger(id.strip());
                ilvl = Integer.parseInt(lvl.strip());
                if (numId.signum() == 0) return ""; // numId 0 switches numbering off
                XWPFNum num = numbering.getNum(numId);
                if (num == null) return "";
                BigInteger abstractId = numbering.getAbstractNumID(numId);
                if (abstractId == null) return "";
                ListNumbers.Level[] levels = levelsByAbstract.computeIfAbsent(abstractId, this::levels);
                Integer override = null;
                if (numsSeen.add(numId)) override = startOverride(num, ilvl);
                return counters.next(abstractId, ilvl, levels, override);
            } catch (RuntimeException e) {
                return ""; // a label lost is better than a report lost
            }
        }

        private Node styleNumPr(String styleId) {
            if (styles == null || styleId == null) return null;
            String id = styleId;
            for (int hop = 0; hop < 8 && id != null; hop++) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) return null;
                Node styleNode = style.getCTStyle().getDomNode();
                Node numPr = child(child(styleNode, "pPr"), "numPr");
                if (numPr != null) return numPr;
                id = attr(child(styleNode, "basedOn"), "val", null);
            }
            return null;
        }

        private ListNumbers.Level[] levels(BigInteger abstractId) {
            ListNumbers.Level[] out = new ListNumbers.Level[9];
            XWPFAbstractNum an = numbering.getAbstractNum(abstractId);
            if (an == null) return out;
            Node abstractNode = an.getCTAbstractNum().getDomNode();
            for (Node c = abstractNode.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() != Node.ELEMENT_NODE || !"lvl".equals(localName(c))) continue;
                int ilvl = Integer.parseInt(attr(c, "ilvl", "0").strip());
                if (ilvl < 0 || ilvl > 8) continue;
                String fmt = attr(child(c, "numFmt"), "val", "decimal");
                String text = attr(child(c, "lvlText"), "val", null);
                int start = Integer.parseInt(attr(child(c, "start"), "val", "1").strip());
                out[ilvl] = new ListNumbers.Level(fmt, text, start);
            }
            return out;
        }

        private static Integer startOverride(XWPFNum num, int ilvl) {
            Node numNode = num.getCTNum().getDomNode();
            for (Node c = numNode.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() != Node.ELEMENT_NODE || !"lvlOverride".equals(localName(c))) continue;
                if (Integer.parseInt(attr(c, "ilvl", "0").strip()) != ilvl) continue;
                String start = attr(child(c, "startOverride"), "val", null);
                if (start != null) return Integer.parseInt(start.strip());
            }
            return null;
        }
    }
}
