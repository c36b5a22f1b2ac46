package org.ogiaudit.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A small report as Word writes it: headings numbered automatically ("一、" is a numbering label, not text), a line
 * break inside a paragraph, and table 三's header with a vertically merged cell and a horizontally merged one. The
 * .doc fixture in src/test/resources (report.doc) is this document saved by LibreOffice as Word 97-2003.
 */
public final class WordFixtures {
    private WordFixtures() { }

    /** The lines the document must read as. */
    public static final List<String> EXPECTED = List.of(
            "沭阳县发展和改革局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年,县发展和改革局认真贯彻执行省、市、县有关文件精神,不断强化依法公开理念。",
            "全年共审核发布各类公开政府信息249条。",
            "二、收到和处理政府信息公开申请情况",
            "申请人情况 | 自然人 | 法人或其他组织 | 总计",
            "| | 商业企业 | 科研机构 |",
            "一、本年新收政府信息公开申请数量 | 26 | 0 | 0 | 26",
            "三、其他需要报告的事项",
            "沭阳县发展和改革局",
            "2024年1月17日");

    /** A list whose level 1 is drawn "一、" and level 2 "(一)", as Chinese report templates number headings. */
    private static CTAbstractNum chineseList() {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(7));
        String[] texts = {"%1、", "(%2)"};
        for (int i = 0; i < texts.length; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal(texts[i]);
            lvl.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(420L * (i + 1)));
            ind.setHanging(BigInteger.valueOf(420));
        }
        return abs;
    }

    public static Path reportDocx(Path out) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.getProperties().getCoreProperties().setCreated("2024-01-05T08:00:00Z");
            doc.getProperties().getCoreProperties().setTitle("年度报告");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(chineseList()));
            BigInteger numId = numbering.addNum(abstractId);

            doc.createParagraph().createRun().setText("沭阳县发展和改革局2023年政府信息公开工作年度报告");
            heading(doc, numId, "总体情况");
            XWPFParagraph body = doc.createParagraph();
            var run = body.createRun();
            run.setText("2023年,县发展和改革局认真贯彻执行省、市、县有关文件精神,不断强化依法公开理念。");
            run.addBreak();
            run.setText("全年共审核发布各类公开政府信息249条。");
            heading(doc, numId, "收到和处理政府信息公开申请情况");

            XWPFTable t = doc.createTable(3, 5);
            setRow(t.getRow(0), "申请人情况", "自然人", "法人或其他组织", "", "总计");
            setRow(t.getRow(1), "", "", "商业企业", "科研机构", "");
            setRow(t.getRow(2), "一、本年新收政府信息公开申请数量", "26", "0", "0", "26");
            // 申请人情况 spans two rows; 法人或其他组织 spans two columns
            t.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            XWPFTableCell wide = t.getRow(0).getCell(2);
            wide.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            t.getRow(0).removeCell(3);

            heading(doc, numId, "其他需要报告的事项");
            doc.createParagraph().createRun().setText("沭阳县发展和改革局");
            doc.createParagraph().createRun().setText("2024年1月17日");
            doc.write(os);
        }
        return out;
    }

    private static void heading(XWPFDocument doc, BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(text);
    }

    private static void setRow(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) row.getCell(i).setText(cells[i]);
    }

    /** Writes the .docx (to make the .doc fixture with LibreOffice: soffice --headless --convert-to doc). */
    public static void main(String[] args) throws Exception {
        reportDocx(Path.of(args[0]));
    }
}
