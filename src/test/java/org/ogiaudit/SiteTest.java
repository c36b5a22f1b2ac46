package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML site, CSV ranking and JSON agree; the site is Chinese (English on request); every check is listed on a
 * report page; in a real browser the overview sorts, fits 1366 px and a phone, a finding shows its line, and a printed
 * report page holds its whole text.
 */
class SiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static JsonNode json;
    static List<CSVRecord> csv;

    @BeforeAll
    static void buildOutputs() throws IOException {
        site = tmp.resolve("site");
        assertEquals(0, Cli.run("check", "--format", "html", "--out", site.toString(), "reports-in").exit());
        assertEquals(0, Cli.run("check", "--format", "json", "--out", tmp.resolve("r.json").toString(), "reports-in").exit());
        assertEquals(0, Cli.run("check", "--format", "csv", "--out", tmp.resolve("r.csv").toString(), "reports-in").exit());
        json = new ObjectMapper().readTree(tmp.resolve("r.json").toFile());
        String text = Files.readString(tmp.resolve("r.csv"), StandardCharsets.UTF_8).substring(1); // the BOM
        try (Reader r = new java.io.StringReader(text)) {
            csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void csvAndHtmlAgreeWithJsonOnEveryScoreAndRank() throws IOException {
        Map<String, String[]> fromJson = new HashMap<>();
        for (JsonNode k : json.get("ranking")) {
            fromJson.put(k.get("file").asText() + "#" + k.get("part").asInt(),
                    new String[] {k.get("score").asText(), k.get("rank").asText(), k.get("regionRank").asText()});
        }
        assertEquals(13, fromJson.size());
        // ties share a rank: 营口 2009 and 2010 both score 93 in their own years; within 2012, 93 and 93 tie
        for (CSVRecord r : csv) {
            String[] j = fromJson.get(r.get("文件") + "#" + r.get("部分"));
            assertEquals(j[0], r.get("得分"), r.get("文件"));
            assertEquals(j[1], r.get("排名"), r.get("文件"));
            assertEquals(j[2], r.get("地区内排名"), r.get("文件"));
        }
        assertEquals(13, csv.size());
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<Element> rows = index.select("#ranking tbody tr");
        assertEquals(13, rows.size());
        for (Element tr : rows) {
            String[] j = fromJson.get(tr.attr("data-file") + "#" + tr.attr("data-part"));
            assertEquals(j[1], tr.child(0).attr("data-sort"), tr.attr("data-file"));
            assertEquals(j[0], tr.child(3).attr("data-sort"), tr.attr("data-file"));
            assertEquals(j[2], tr.child(4).attr("data-sort"), tr.attr("data-file"));
        }
        // the score shown on each report page is the JSON's
        for (JsonNode r : json.get("reports")) {
            Element link = index.select("#ranking tr[data-file=\"" + r.get("file").asText() + "\"][data-part=\"" + r.get("part").asInt() + "\"] a").first();
            Document page = Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
            assertEquals(r.get("score").asText(), page.select(".card b.score").text(), link.attr("href"));
        }
    }

    @Test
    void tiesShareARank() {
        List<Integer> scores = new ArrayList<>();
        for (JsonNode k : json.get("ranking")) if (k.get("reportYear").asInt() == 2012) scores.add(k.get("score").asInt());
        assertTrue(scores.size() >= 3, scores.toString());
        for (JsonNode k : json.get("ranking")) {
            if (k.get("reportYear").asInt() != 2012) continue;
            long higher = scores.stream().filter(s -> s > k.get("score").asInt()).count();
            assertEquals(higher + 1, k.get("rank").asInt(), "competition rank: 1 + reports scoring higher");
        }
    }

    @Test
    void aReportPageListsEveryCheckThatRanWithItsOutcome() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("zh-CN", index.select("html").attr("lang"));
        assertTrue(index.select("#ranking thead").text().contains("得分"), index.select("#ranking thead").text());
        assertTrue(index.text().contains("评分口径：推荐口径"), "the overview names its scoring profile");
        for (JsonNode r : json.get("reports")) {
            Element link = index.select("#ranking tr[data-file=\"" + r.get("file").asText() + "\"][data-part=\"" + r.get("part").asInt() + "\"] a").first();
            Document page = Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
            JsonNode facts = r.get("facts");
            // the tab names the organ and the year
            assertTrue(page.title().startsWith(facts.get("agency").asText() + " · " + facts.get("reportYear").asInt() + "年度"), page.title());
            // every check of the rulebook: a finding for FAIL and UNCERTAIN, a line for PASS and NOT_APPLICABLE (with why)
            int findings = page.select(".finding").size();
            int listed = page.select("ul.checks li").size();
            assertEquals(r.get("findings").size(), findings, link.attr("href"));
            long notFound = 0;
            for (JsonNode c : r.get("checks")) if (c.get("outcome").asText().matches("PASS|NOT_APPLICABLE")) notFound++;
            assertEquals(notFound, listed, link.attr("href"));
            for (Element na : page.select("ul.checks li[data-outcome=NOT_APPLICABLE]")) {
                assertTrue(na.select(".why").text().startsWith("仅适用于"), na.text());
            }
            for (Element f : page.select(".finding")) assertTrue(f.select(".kind").text().matches("法定|地方规定|通行做法"), f.text());
        }
        // a FAIL carries what the organ should do
        assertTrue(Jsoup.parse(Files.readString(site.resolve("reports/00003.html"))).select(".finding .advice").text().contains("整改建议："));
    }

    @Test
    void theEnglishSiteSaysTheSameInEnglish() throws IOException {
        Path en = tmp.resolve("site-en");
        assertEquals(0, Cli.run("check", "--lang", "en", "--format", "html", "--out", en.toString(), "reports-in").exit());
        Document index = Jsoup.parse(en.resolve("index.html").toFile(), "UTF-8");
        assertEquals("en", index.select("html").attr("lang"));
        assertTrue(index.select("#ranking thead").text().contains("Score"), index.select("#ranking thead").text());
        assertFalse(index.select("#ranking thead, .cards, .help, h1, h2, h3").text().matches(".*[得分排名不合格存疑].*"),
                "no Chinese labels in the English overview");
        Document zh = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(zh.select("#ranking tbody tr").size(), index.select("#ranking tbody tr").size());
    }

    @Test
    void aBrowserSortsFitsScreensAndPrintsAWholeReportPage() throws IOException {
        File chromium = new File("/usr/bin/chromium");
        File driverExe = new File("/usr/bin/chromedriver");
        boolean installed = chromium.canExecute() && driverExe.canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        assertTrue(installed, "chromium and chromium-driver must be installed by .ci/run");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,1000", "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverExe).build();
        WebDriver browser = new ChromeDriver(service, options);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            assertEquals(0L, overflow(browser), "the overview fits 1366 px without a horizontal scroll bar");
            WebElement scoreHeader = browser.findElement(By.xpath("//th[normalize-space(.)='得分']"));
            scoreHeader.click();
            List<Integer> desc = scores(browser);
            for (int i = 1; i < desc.size(); i++) assertTrue(desc.get(i - 1) >= desc.get(i), "descending after one click: " + desc);
            assertEquals("descending", scoreHeader.getAttribute("aria-sort"));
            scoreHeader.click();
            List<Integer> asc = scores(browser);
            for (int i = 1; i < asc.size(); i++) assertTrue(asc.get(i - 1) <= asc.get(i), "ascending after two clicks: " + asc);
            save(browser, shots.resolve("overview.png"));

            // a phone: no horizontal scrolling, and the chart's rule titles are text of a readable size
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            assertEquals(0L, overflow(browser), "the overview fits a phone");
            for (WebElement label : browser.findElements(By.cssSelector(".bar-row .label"))) {
                double px = Double.parseDouble(label.getCssValue("font-size").replace("px", ""));
                assertTrue(px >= 12, "chart labels stay readable on a phone: " + px + "px");
                assertFalse(label.getText().isBlank());
            }
            save(browser, shots.resolve("overview-phone.png"));
            browser.manage().window().setSize(new Dimension(1366, 1000));
            browser.navigate().refresh();

            // the lowest score has the most findings: open its report page
            browser.findElement(By.cssSelector("#ranking tbody tr td.organ a")).click();
            assertTrue(browser.getTitle().matches(".+ · \\d{4}年度 · 审查结果"), browser.getTitle());
            WebElement finding = browser.findElements(By.cssSelector(".finding")).stream()
                    .filter(f -> !f.getAttribute("data-lines").isEmpty()).findFirst().orElseThrow();
            String firstLine = finding.getAttribute("data-lines").split(",")[0];
            String quote = finding.findElement(By.cssSelector("li")).getText().replaceFirst("^第\\d+行：", "").replaceAll("…$", "");
            finding.click();
            WebElement focused = browser.findElement(By.cssSelector(".line.focus"));
            assertEquals("L" + firstLine, focused.getAttribute("id"));
            String shown = focused.findElement(By.cssSelector(".tx")).getText();
            String plainQuote = quote.replaceFirst("^表[二三四] \\S+ / \\S+ = \\S+ ", ""); // a cell's label precedes its quote
            assertTrue(shown.contains(plainQuote.length() > 40 ? plainQuote.substring(0, 40) : plainQuote),
                    "the highlighted line shows the evidence\n  quote: " + plainQuote + "\n  line:  " + shown);
            save(browser, shots.resolve("report.png"));

            // printed, the page holds every line of the report text, not the first screenful of its scroll box
            List<String> lines = new ArrayList<>();
            for (WebElement l : browser.findElements(By.cssSelector(".text .line .tx"))) lines.add((String) ((JavascriptExecutor) browser)
                    .executeScript("return arguments[0].textContent;", l));
            PrintOptions print = new PrintOptions();
            print.setBackground(true);
            byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(print).getContent());
            Files.write(shots.resolve("report-print.pdf"), pdf);
            String printed;
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
                printed = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            }
            assertTrue(pages >= 2, "a report page prints on several pages: " + pages);
            int found = 0;
            for (String line : lines) {
                String probe = line.replaceAll("\\s+", "");
                probe = probe.substring(0, Math.min(12, probe.length()));
                if (probe.isEmpty() || printed.contains(probe)) found++;
            }
            assertEquals(lines.size(), found, "every line of the report text is printed (" + lines.size() + " lines, " + pages + " pages)");
            for (WebElement f : browser.findElements(By.cssSelector(".finding b"))) {
                assertTrue(printed.contains(f.getText().replaceAll("\\s+", "")), "the printed page holds the finding " + f.getText());
            }
        } finally {
            browser.quit();
        }
    }

    /** How many pixels the page is wider than the window (0 when it fits). */
    private static long overflow(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    private static List<Integer> scores(WebDriver browser) {
        List<Integer> out = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("#ranking tbody tr td.score"))) {
            String v = td.getAttribute("data-sort");
            if (!v.isEmpty()) out.add(Integer.parseInt(v));
        }
        return out;
    }

    private static void save(WebDriver browser, Path file) throws IOException {
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
