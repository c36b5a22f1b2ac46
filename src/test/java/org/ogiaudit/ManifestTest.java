package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crawler's manifest supplies what the page does not say, and wins over what was extracted. */
class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void manifestValuesWinAndTheOutputSaysSo() throws IOException {
        // 朝阳区 2012 carries no publication date; the crawler saw it published on 10 April 2013: late under Art. 31
        Path manifest = Files.writeString(tmp.resolve("manifest.csv"), "\uFEFFfile,agency,organ_kind,region,url,published_on\n"
                + "000_4a8c81c2fb3c47ba.txt,,,吉林省长春市,http://example.invalid/cy2012.htm,2013-04-10\n"
                + "reports-in/004_5dabd5b5935736db.txt,辽源市民政局,DEPARTMENT,吉林省辽源市,,\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("r.json");
        Cli cli = Cli.run("check", "--manifest", manifest.toString(), "--format", "json", "--out", out.toString(),
                "reports-in/000_4a8c81c2fb3c47ba.txt", "reports-in/004_5dabd5b5935736db.txt");
        assertEquals(0, cli.exit(), cli.err());
        JsonNode reports = new ObjectMapper().readTree(out.toFile()).get("reports");
        JsonNode cy = reports.get(0).get("facts");
        assertEquals("2013-04-10", cy.get("publishedOn").asText());
        assertEquals("manifest", cy.get("publishedOnSource").asText());
        assertEquals("吉林省长春市", cy.get("region").asText());
        assertEquals("manifest", cy.get("regionSource").asText());
        assertEquals("长春市朝阳区人民政府", cy.get("agency").asText(), "an empty manifest cell leaves the extracted value");
        boolean late = false;
        for (JsonNode f : reports.get(0).get("findings")) {
            if (f.get("rule").asText().equals("OGI-DEADLINE")) {
                late = true;
                assertEquals("manifest published_on: 2013-04-10", f.get("evidence").get(0).get("quote").asText());
            }
            assertTrue(!f.get("rule").asText().equals("OGI-PUBDATE-UNKNOWN"), "the date is known now");
        }
        assertTrue(late, "published after 2013-03-31");
        JsonNode ly = reports.get(1).get("facts");
        assertEquals("manifest", ly.get("agencySource").asText());
        assertEquals("manifest", ly.get("organKindSource").asText());
        assertEquals("2013-03-19", ly.get("publishedOn").asText(), "no manifest date: the page's own stays");
    }

    @Test
    void aBadManifestIsAUsageError() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "name,date\nx,y\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", "--manifest", bad.toString(), "reports-in/001_a2083c6fc5a72fbe.txt");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("no 'file' column"), cli.err());
    }
}
