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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The HTML site, CSV ranking and JSON agree; in a real browser the overview sorts and a finding shows its line. */
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
            String[] j = fromJson.get(r.get("file") + "#" + r.get("part"));
            assertEquals(j[0], r.get("score"), r.get("file"));
            assertEquals(j[1], r.get("rank"), r.get("file"));
            assertEquals(j[2], r.get("region_rank"), r.get("file"));
        }
        assertEquals(13, csv.size());
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<Element> rows = index.select("#ranking tbody tr");
        assertEquals(13, rows.size());
        for (Element tr : rows) {
            String[] j = fromJson.get(tr.attr("data-file") + "#" + tr.attr("data-part"));
            assertEquals(j[1], tr.child(0).attr("data-sort"), tr.attr("data-file"));
            assertEquals(j[0], tr.child(6).attr("data-sort"), tr.attr("data-file"));
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
        // 2012 holds 朝阳区 (95), 营口 2012 (83) and 辽源市民政局 (93): ranks 1, 3, 2
        Map<String, Integer> rank2012 = new HashMap<>();
        for (JsonNode k : json.get("ranking")) if (k.get("reportYear").asInt() == 2012) rank2012.put(k.get("score").asText(), k.get("rank").asInt());
        List<Integer> scores = new ArrayList<>();
        for (JsonNode k : json.get("ranking")) if (k.get("reportYear").asInt() == 2012) scores.add(k.get("score").asInt());
        for (JsonNode k : json.get("ranking")) {
            if (k.get("reportYear").asInt() != 2012) continue;
            long higher = scores.stream().filter(s -> s > k.get("score").asInt()).count();
            assertEquals(higher + 1, k.get("rank").asInt(), "competition rank: 1 + reports scoring higher");
        }
        assertFalse(rank2012.isEmpty());
    }

    @Test
    void aBrowserSortsTheOverviewAndShowsAFindingsLine() throws IOException {
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
            WebElement scoreHeader = browser.findElement(By.xpath("//th[contains(., '得分 Score')]"));
            scoreHeader.click();
            List<Integer> desc = scores(browser);
            for (int i = 1; i < desc.size(); i++) assertTrue(desc.get(i - 1) >= desc.get(i), "descending after one click: " + desc);
            assertEquals("descending", scoreHeader.getAttribute("aria-sort"));
            scoreHeader.click();
            List<Integer> asc = scores(browser);
            for (int i = 1; i < asc.size(); i++) assertTrue(asc.get(i - 1) <= asc.get(i), "ascending after two clicks: " + asc);
            save(browser, shots.resolve("overview.png"));

            // the lowest score has the most findings: open its report page
            browser.findElement(By.cssSelector("#ranking tbody tr td:nth-child(2) a")).click();
            WebElement finding = browser.findElements(By.cssSelector(".finding")).stream()
                    .filter(f -> !f.getAttribute("data-lines").isEmpty()).findFirst().orElseThrow();
            String firstLine = finding.getAttribute("data-lines").split(",")[0];
            String quote = finding.findElement(By.cssSelector("li")).getText().replaceFirst("^line \\d+: ", "").replaceAll("…$", "");
            finding.click();
            WebElement focused = browser.findElement(By.cssSelector(".line.focus"));
            assertEquals("L" + firstLine, focused.getAttribute("id"));
            String shown = focused.findElement(By.cssSelector(".tx")).getText();
            String plainQuote = quote.replaceFirst("^表[二三四] \\S+ / \\S+ = \\S+ ", ""); // a cell's label precedes its quote
            assertTrue(shown.contains(plainQuote.length() > 40 ? plainQuote.substring(0, 40) : plainQuote),
                    "the highlighted line shows the evidence\n  quote: " + plainQuote + "\n  line:  " + shown);
            save(browser, shots.resolve("report.png"));
        } finally {
            browser.quit();
        }
    }

    private static List<Integer> scores(WebDriver browser) {
        List<Integer> out = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("#ranking tbody tr td:nth-child(7)"))) {
            String v = td.getAttribute("data-sort");
            if (!v.isEmpty()) out.add(Integer.parseInt(v));
        }
        return out;
    }

    private static void save(WebDriver browser, Path file) throws IOException {
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
