package org.ogiaudit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history store, on an SQLite file and on PostgreSQL alike (the server named by OGI_AUDIT_TEST_PG, a JDBC URL, which
 * .ci/run starts; without one the PostgreSQL cases are skipped, saying so), and the stores it must refuse untouched.
 */
class StoreTest {
    static final String PG = System.getenv("OGI_AUDIT_TEST_PG");

    @TempDir
    Path tmp;

    static Stream<String> databases() {
        return Stream.of("sqlite", "postgresql");
    }

    /** A fresh store of that kind: a new SQLite file, or the test PostgreSQL emptied of ogi-audit's tables. */
    String store(String kind) throws SQLException {
        if (kind.equals("sqlite")) return tmp.resolve("history.db").toString();
        Assumptions.assumeTrue(PG != null && !PG.isBlank(),
                "no PostgreSQL for the store tests: set OGI_AUDIT_TEST_PG to a JDBC URL (.ci/run starts one)");
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            for (String t : List.of("ogi_cross_finding", "ogi_finding", "ogi_sentence", "ogi_cell", "ogi_report", "ogi_run", "ogi_schema")) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL at OGI_AUDIT_TEST_PG cannot be reached, the store tests on it are skipped: " + e.getMessage());
        }
        return PG;
    }

    Path changed2024() throws IOException {
        String text = Files.readString(CrossReportTest.PT_2024, StandardCharsets.UTF_8);
        Path out = tmp.resolve("2024_平潭综合实验区管委会_changed.txt");
        Files.writeString(out, text.replace("二、上年结转政府信息公开申请数量0000000", "二、上年结转政府信息公开申请数量1000001"), StandardCharsets.UTF_8);
        return out;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLaterRunComparesAReportWithTheYearBeforeThatTheStoreHolds(String kind) throws Exception {
        String store = store(kind);
        Cli first = Cli.run("check", "--store", store, CrossReportTest.PT_2023.toString());
        assertEquals(0, first.exit(), first.err());
        Path json = tmp.resolve("r.json");
        Cli second = Cli.run("check", "--store", store, "--format", "json", "--out", json.toString(), changed2024().toString());
        assertEquals(0, second.exit(), second.err());
        JsonNode cross = new ObjectMapper().readTree(json.toFile()).get("crossReport");
        assertEquals(1, cross.size(), cross.toString());
        assertEquals("OGI-CROSS-CARRYOVER", cross.get(0).get("rule").asText());
        assertEquals("FAIL", cross.get(0).get("status").asText());
        assertEquals(2023, cross.get(0).at("/other/reportYear").asInt());
        assertTrue(!cross.get(0).at("/other/inThisRun").asBoolean() && cross.get(0).at("/other/checkedAt").isTextual(), cross.toString());
        assertEquals(21, cross.get(0).at("/otherEvidence/0/line").asInt(), "the stored report's line");

        Cli history = Cli.run("history", "--store", store, "平潭综合实验区");
        assertEquals(0, history.exit(), history.err());
        assertTrue(history.out().contains("平潭综合实验区管委会"), history.out());
        assertTrue(history.out().lines().anyMatch(l -> l.strip().startsWith("2023")), history.out());
        assertTrue(history.out().lines().anyMatch(l -> l.strip().startsWith("2024")), history.out());
        assertTrue(history.out().contains("不合格 OGI-CROSS-CARRYOVER (−5)"), history.out());

        Cli none = Cli.run("history", "--store", store, "没有这个机关");
        assertEquals(1, none.exit(), none.err());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRecheckOfAnOrgansYearReplacesIt(String kind) throws Exception {
        String store = store(kind);
        for (int i = 0; i < 2; i++) {
            Cli run = Cli.run("check", "--store", store, CrossReportTest.PT_2023.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(!run.out().contains("OGI-CROSS-DUPLICATE"), "a re-check is no duplicate of what it replaces: " + run.out());
        }
        Cli history = Cli.run("history", "--store", store, "--format", "json", "平潭综合实验区管委会");
        assertEquals(0, history.exit(), history.err());
        JsonNode entries = new ObjectMapper().readTree(history.out());
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(2023, entries.get(0).get("reportYear").asInt());
        assertEquals(100, entries.get(0).get("score").asInt());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theStoreKeepsEveryCellAndTheSentenceFingerprints(String kind) throws Exception {
        String store = store(kind);
        assertEquals(0, Cli.run("check", "--store", store, CrossReportTest.PT_2023.toString()).exit());
        String url = store.startsWith("jdbc:") ? store : "jdbc:sqlite:" + store;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT c.value FROM ogi_cell c JOIN ogi_report r ON r.id = c.report_id "
                    + "WHERE r.organ_key = '平潭综合实验区管委会' AND c.row_key = 'R1' AND c.column_name = 'NATURAL_PERSON'")) {
                assertTrue(rs.next());
                assertEquals(80, rs.getInt(1), "2023 表三 一、本年新收 自然人: \"801000081\" is 80, 1, 0, 0, 0, 0, 81");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ogi_sentence")) {
                assertTrue(rs.next() && rs.getInt(1) > 10);
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM ogi_schema")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedUntouched() throws Exception {
        Path notADb = tmp.resolve("results.json");
        byte[] before = "{\"reports\": [1, 2, 3], \"padding\": \"................................................................................................\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notADb, before);
        Cli run = Cli.run("check", "--store", notADb.toString(), CrossReportTest.PT_2023.toString());
        assertEquals(5, run.exit(), run.err());
        assertTrue(run.err().contains("该文件不是 SQLite 数据库"), run.err());
        Cli en = Cli.run("check", "--lang", "en", "--store", notADb.toString(), CrossReportTest.PT_2023.toString());
        assertEquals(5, en.exit(), en.err());
        assertTrue(en.err().contains("not an SQLite database"), en.err());
        assertArrayEquals(before, Files.readAllBytes(notADb));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path db = tmp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO accounts (name) VALUES ('张三')");
        }
        Cli run = Cli.run("check", "--store", db.toString(), CrossReportTest.PT_2023.toString());
        assertEquals(5, run.exit(), run.err());
        assertTrue(run.err().contains("不是 ogi-audit 的历史库；未作改动"), run.err());
        assertEquals(List.of("accounts"), tables(db));
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedNotDowngraded() throws Exception {
        Path db = storeWith2023();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ogi_schema (version, description, applied_at) VALUES (2, 'from a newer ogi-audit', 'later')");
        }
        Cli run = Cli.run("check", "--store", db.toString(), CrossReportTest.PT_2024.toString());
        assertEquals(5, run.exit(), run.err());
        assertTrue(run.err().contains("结构版本为2，比本 ogi-audit 所知的版本（1）新"), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT MAX(version) FROM ogi_schema), (SELECT COUNT(*) FROM ogi_report)")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertEquals(1, rs.getInt(2), "nothing was saved to it");
        }
        Cli history = Cli.run("history", "--store", db.toString(), "平潭");
        assertEquals(5, history.exit(), history.err());
    }

    @Test
    void aStoreLockedByAnotherRunIsReportedSo() throws Exception {
        Path db = storeWith2023();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            Cli run = Cli.run("check", "--store", db.toString(), CrossReportTest.PT_2024.toString());
            assertEquals(5, run.exit(), run.err());
            assertTrue(run.err().contains("被另一个进程锁定"), run.err());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void anUnreachableServerIsAClearError() {
        Cli run = Cli.run("check", "--store", "jdbc:postgresql://127.0.0.1:1/ogi?connectTimeout=2", CrossReportTest.PT_2023.toString());
        assertEquals(5, run.exit(), run.err());
        assertTrue(run.err().contains("无法连接数据库服务器") || run.err().contains("Connection"), run.err());
    }

    /** An SQLite store into which the real 平潭 2023 report was checked. */
    private Path storeWith2023() {
        Path db = tmp.resolve("history.db");
        Cli run = Cli.run("check", "--store", db.toString(), CrossReportTest.PT_2023.toString());
        assertEquals(0, run.exit(), run.err());
        return db;
    }

    private static List<String> tables(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) out.add(rs.getString("TABLE_NAME"));
        }
        return out;
    }
}
