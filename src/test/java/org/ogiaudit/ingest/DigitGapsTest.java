package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spaces between figures put back from the characters' boxes. The boxes are those Tesseract 5.3 (chi_sim, --psm 6,
 * 250 dpi) gave for the table 四 row of 淮安市 2024, printed and scanned: "72 64 178 …" read as one run of digits.
 */
class DigitGapsTest {
    private static String hocr(String... lines) {
        StringBuilder sb = new StringBuilder("<div class='ocr_page'>\n");
        int n = 0;
        for (String line : lines) {
            sb.append("<span class='ocr_line' id='line_1_").append(++n).append("' title=\"bbox 0 0 9 9; x_size 35\">\n")
                    .append("<span class='ocrx_word' id='word_1_").append(n).append("' title='bbox 0 0 9 9; x_wconf 92'>\n");
            for (String glyph : line.split(" ")) {
                String[] p = glyph.split("@|-");
                sb.append("<span class='ocrx_cinfo' title='x_bboxes ").append(p[1]).append(" 100 ").append(p[2])
                        .append(" 130; x_conf 99'>").append(p[0].replace("<", "&lt;")).append("</span>\n");
            }
            sb.append("</span>\n</span>\n");
        }
        return sb.append("</div>").toString();
    }

    @Test
    void figuresThatStandApartAreSpacedDigitsThatTouchAreNot() {
        String boxes = hocr("7@296-314 2@319-337 6@352-371 4@375-396 1@410-427 7@432-450 8@455-473 3@488-507 7@511-529");
        assertEquals(List.of("72 64 178 37"), DigitGaps.apply(List.of("726417837"), boxes));
    }

    @Test
    void spacesTesseractKeptStayAndOtherCharactersAreLeft() {
        // "(七)总计 2932 53": 2932's boxes overlap (a wide first box) and stand together; 53 stood apart already
        String boxes = hocr("(@297-307 七@311-347 )@356-386 总@385-427 计@426-459 2@462-504 9@497-517 3@508-527 2@532-551 "
                + "5@566-607 3@599-607");
        assertEquals(List.of("(七)总计 2932 53"), DigitGaps.apply(List.of("(七)总计 2932 53"), boxes));
    }

    @Test
    void aLineThatIsNotItsBoxesIsLeftAsItIs() {
        String boxes = hocr("7@296-314 2@319-337 6@352-371 4@375-396");
        assertEquals(List.of("7265", "其他"), DigitGaps.apply(List.of("7265", "其他"), boxes));
        assertEquals(List.of("72 64"), DigitGaps.apply(List.of("7264"), boxes));
    }
}
