package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown files, and .txt files that are Markdown. */
class MarkdownReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    private static final String REPORT = """
            # 沭阳县发展和改革局2023年政府信息公开工作年度报告

            根据《中华人民共和国政府信息公开条例》(以下简称**《条例》**)要求,现向社会公布本报告。详见[沭阳县人民政府网站](http://www.shuyang.gov.cn/)。

            ## 一、总体情况 ##

            2023年,我局*严格审签程序*,全年共审核发布各类公开政府信息249条。
            - 发布行政公文和政策解读信息9条;
            * 机构设置和人事任免信息7条;

            二、主动公开政府信息情况
            ------------------------

            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |:---|---:|:---:|---|
            | 规章 | 0 | 0 | 0 |
            | **规范性文件** | 8 |  | 18 |
            | 含竖线\\|的单元格 | `1` | 0 | 1 |

            > (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)

            ![表三](table3.png)

            ***

            ```
            原样保留的 *文字*
            ```
            沭阳县发展和改革局<br>2024年1月17日
            """;

    private static final List<String> EXPECTED = List.of(
            "沭阳县发展和改革局2023年政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现向社会公布本报告。详见沭阳县人民政府网站。",
            "一、总体情况",
            "2023年,我局严格审签程序,全年共审核发布各类公开政府信息249条。",
            "发布行政公文和政策解读信息9条;",
            "机构设置和人事任免信息7条;",
            "二、主动公开政府信息情况",
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
            "规章 | 0 | 0 | 0",
            "规范性文件 | 8 | | 18",
            "含竖线|的单元格 | 1 | 0 | 1",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
            SourceDocument.IMAGE_LINE,
            "原样保留的 *文字*",
            "沭阳县发展和改革局",
            "2024年1月17日");

    @Test
    void headingsTablesEmphasisAndLinksBecomeReportLines() throws Exception {
        Path f = dir.resolve("report.md");
        Files.writeString(f, REPORT, StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        assertEquals(EXPECTED, doc.lines());
    }

    @Test
    void aTextFileThatIsMarkdownReadsTheSame() throws Exception {
        Path f = dir.resolve("report.txt");
        Files.writeString(f, REPORT, StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        assertEquals(EXPECTED, doc.lines());
        assertTrue(doc.notes().stream().anyMatch(n -> n.contains("Markdown")), doc.notes().toString());
    }

    @Test
    void aCrawlersTextWithBarsIsNotMarkdown() throws Exception {
        // a saved page's table rows already read "a | b": no separator row, no # headings, so plain text
        Path f = dir.resolve("page.txt");
        Files.writeString(f, "标题: 报告\n发布时间: 2024-01-17\n==== 正文 ====\n一、总体情况\n2023年,我局全年共审核发布各类公开政府信息249条,"
                + "其中发布行政公文和政策解读信息9条。\n信息内容 | 本年制发件数\n规章 | 0\n", StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.TEXT, doc.format());
        assertEquals("规章 | 0", doc.lines().get(doc.lines().size() - 1));
    }

    @Test
    void aCrawlerHeaderBeforeMarkdownStaysMetadata() throws Exception {
        Path f = dir.resolve("saved.txt");
        Files.writeString(f, "标题: 报告\n发布时间: 2024-01-17\n==== 正文 ====\n" + REPORT, StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(f, f.toString());
        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        assertEquals("2024-01-17", doc.meta("发布时间").value());
        assertEquals(EXPECTED, doc.lines().subList(doc.bodyStart(), doc.lines().size()));
    }

    @Test
    void detection() {
        assertTrue(Markdown.looksLike(List.of("| a | b |", "|---|---|", "| 1 | 2 |")));
        assertTrue(Markdown.looksLike(List.of("# 标题", "正文", "## 一、概述")));
        assertTrue(!Markdown.looksLike(List.of("#1 号文件", "信息内容 | 本年制发件数", "规章 | 0")));
    }
}
