package org.ogiaudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogiaudit.model.Text;
import org.ogiaudit.model.ReportDigest;
import org.ogiaudit.model.AuditResult;
import org.ogiaudit.model.CellReading;
import org.ogiaudit.model.CrossFinding;
import org.ogiaudit.model.Evidence;
import org.ogiaudit.model.Finding;
import org.ogiaudit.model.OrganKind;
import org.ogiaudit.model.Report;
import org.ogiaudit.model.Status;
import org.ogiaudit.model.TableCell;
import org.ogiaudit.model.TableColumn;
import org.ogiaudit.model.TableRead;
import org.ogiaudit.model.TableRow;

/**
 * The history store: every checked report of every run, kept so that later runs compare a report with its organ's
 * earlier years and with reports checked before (docs/store.md). An embedded SQLite file ({@code --store FILE}) or a
 * team's PostgreSQL ({@code --store jdbc:postgresql://…}), one schema for both.
 *
 * <p>One connection, used by one thread: the batch saves each report as its result comes, in input order, and the
 * cross-report phase reads afterwards. Writes are committed every {@value #COMMIT_EVERY} reports and at the end, so an
 * interrupted run keeps what it saved before. A re-check of an organ's year replaces what an earlier run saved of it.
 */
public final class HistoryStore implements AutoCloseable {
    /** Reports per transaction: one commit each would cost a disk flush per report. */
    static final int COMMIT_EVERY = 200;
    /** How long a write waits for another run holding the SQLite file before the store is reported locked. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final String where;
    private int uncommitted;

    /** A report from the store: its row id, its digest, and when it was checked. */
    public record Stored(long id, ReportDigest digest, String checkedAt) { }

    private HistoryStore(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
    }

    /**
     * Opens (creating when new) the store at {@code location}: a file name for SQLite, or a {@code jdbc:postgresql:} URL.
     * Migrates an older schema; refuses a newer one, a file that is not a database, a database of another program, a
     * store that cannot be reached or stays locked. Nothing is changed in a store that is refused.
     */
    public static HistoryStore open(String location) throws StoreException {
        String url;
        String where;
        if (location.startsWith("jdbc:")) {
            url = location;
            where = location.replaceAll("(?i)(password=)[^&;]*", "$1***");
        } else {
            Path file = Path.of(location).toAbsolutePath();
            where = location;
            if (Files.isDirectory(file)) {
                throw new StoreException(Text.of("历史库 " + where + " 是文件夹：请给出历史库的文件名", "store " + where + " is a folder: give a file name for the store"));
            }
            if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                throw new StoreException(Text.of("历史库 " + where + "：文件夹 " + file.getParent() + " 不存在",
                        "store " + where + ": the folder " + file.getParent() + " does not exist"));
            }
            url = "jdbc:sqlite:" + file;
        }
        Dialect dialect = Dialect.of(url);
        Connection c;
        try {
            c = DriverManager.getConnection(url);
        } catch (SQLException e) {
            Text why = reason(e);
            throw new StoreException(Text.of("历史库 " + where + " 无法打开：" + why.zh(), "store " + where + " cannot be opened: " + why.en()), e);
        }
        try {
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                }
            }
            // read before anything is written: a file that is no database, or another program's, is refused untouched
            Migrations.version(c, where);
            try {
                Migrations.migrate(c, dialect, where);
            } catch (SQLException raced) {
                // another run created the schema at the same moment: use it if it is complete now
                if (Migrations.version(c, where) != Migrations.LATEST) throw raced;
            }
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");   // readers never wait for the batch that writes
                    s.execute("PRAGMA synchronous = NORMAL"); // a commit flushes at checkpoints, not each time
                }
            }
            c.setAutoCommit(false);
            return new HistoryStore(c, where);
        } catch (SQLException e) {
            closeQuietly(c);
            Text why = reason(e);
            throw new StoreException(Text.of("历史库 " + where + " 无法使用：" + why.zh(), "store " + where + " cannot be used: " + why.en()), e);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** "results.db" or the URL without its password: how messages name it. */
    public String describe() { return where; }

    /** Records a run; its reports are saved under the id returned. */
    public long beginRun(String toolVersion, String rulebookSha, String rulebookSource, String scoring) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_run (started_at, tool_version, rulebook_sha256, "
                + "rulebook_source, scoring) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            p.setString(1, Instant.now().toString());
            p.setString(2, toolVersion);
            p.setString(3, rulebookSha);
            p.setString(4, rulebookSource);
            p.setString(5, scoring);
            long id = returnedId(p);
            connection.commit();
            return id;
        } catch (SQLException e) {
            throw failed(Text.of("无法记录本次运行", "cannot record the run"), e);
        }
    }

    /**
     * Saves one checked report with its facts (as JSON), cells, sentence fingerprints and findings, replacing what an
     * earlier run saved of the same organ and year (of the same file and part when the organ is unknown). Reports of the
     * same run are never replaced: a page and its PDF in one batch are both kept. Returns the report's id.
     */
    public long save(long runId, AuditResult result, ReportDigest d, String factsJson, String rulebookSha) throws StoreException {
        try {
            deleteEarlier(runId, d);
            Report rep = result.facts().getReport();
            long id;
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_report (run_id, organ_key, organ, organ_kind, "
                    + "organ_read_from_body, division_code, region, region_code, report_year, regime, file, part, title, "
                    + "published_on, score, fail_count, uncertain_count, t2_state, t3_state, lapse_quote, lapse_line, content_hash, "
                    + "facts, rulebook_sha256, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "RETURNING id")) {
                int i = 0;
                p.setLong(++i, runId);
                p.setString(++i, d.organKey());
                p.setString(++i, d.organ());
                p.setString(++i, d.organKind().name());
                p.setInt(++i, d.organReadFromBody() ? 1 : 0);
                p.setString(++i, d.divisionCode());
                p.setString(++i, rep.getRegion());
                p.setString(++i, rep.getRegionCode());
                setInt(p, ++i, d.year());
                p.setString(++i, rep.getRegime() == null ? null : rep.getRegime().name());
                p.setString(++i, d.file());
                p.setInt(++i, d.part());
                p.setString(++i, rep.getTitle());
                p.setString(++i, d.publishedOn());
                setInt(p, ++i, result.score() == null ? null : result.score().value());
                p.setInt(++i, (int) result.findings().stream().filter(f -> f.getStatus() == Status.FAIL && !f.isAccepted()).count());
                p.setInt(++i, (int) result.findings().stream().filter(f -> f.getStatus() == Status.UNCERTAIN && !f.isAccepted()).count());
                p.setString(++i, d.t2State() == null ? null : d.t2State().name());
                p.setString(++i, d.t3State() == null ? null : d.t3State().name());
                p.setString(++i, d.lapse() == null ? null : d.lapse().quote());
                setInt(p, ++i, d.lapse() == null ? null : d.lapse().line());
                p.setLong(++i, d.contentHash());
                p.setString(++i, factsJson);
                p.setString(++i, rulebookSha);
                p.setString(++i, Instant.now().toString());
                id = returnedId(p);
            }
            saveCells(id, result.facts().getTableCells());
            saveSentences(id, d.sentences());
            saveFindings(id, result.findings());
            if (++uncommitted >= COMMIT_EVERY) commit();
            return id;
        } catch (SQLException e) {
            throw failed(Text.of("无法保存 " + d.file(), "cannot save " + d.file()), e);
        }
    }

    /** Saves a finding of the cross-report phase about {@code reportId}, comparing it with {@code otherId}. */
    public void saveCross(long reportId, long otherId, int seq, CrossFinding cf) throws StoreException {
        Finding f = cf.finding();
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_cross_finding (report_id, seq, other_id, rule, "
                + "rule_name, status, severity, points, deducted, category, message, message_en, evidence, other_evidence, checked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            p.setLong(++i, reportId);
            p.setInt(++i, seq);
            p.setLong(++i, otherId);
            i = bind(p, i, f);
            p.setString(++i, json(cf.otherEvidence()));
            p.setString(++i, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed(Text.of("无法保存跨报告问题", "cannot save a cross-report finding"), e);
        }
    }

    /** Makes what was saved so far durable. */
    public void commit() throws StoreException {
        try {
            connection.commit();
            uncommitted = 0;
        } catch (SQLException e) {
            throw failed(Text.of("无法提交", "cannot commit"), e);
        }
    }

    /** The reports of an organ's year saved by runs other than {@code exceptRun}, oldest id first. */
    public List<Stored> reportsOf(String organKey, int year, long exceptRun) throws StoreException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id FROM ogi_report WHERE organ_key = ? AND report_year = ? AND run_id <> ? ORDER BY id")) {
            p.setString(1, organKey);
            p.setInt(2, year);
            p.setLong(3, exceptRun);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw failed(Text.of("无法读取“" + organKey + "”的历史", "cannot read the history of " + organKey), e);
        }
        List<Stored> out = new ArrayList<>();
        for (long id : ids) out.add(load(id));
        return out;
    }

    /**
     * Reports of other runs that share sentence fingerprints with report {@code id}, most shared first: at most
     * {@code limit}, each sharing at least {@code min}. A fingerprint that more than {@code common} reports of the store
     * have is a template's wording and is not counted (it would also make the search read every report that has it).
     * Each answer is {other id, shared count}.
     */
    public List<long[]> similar(long id, int common, int min, int limit) throws StoreException {
        String sql = "SELECT s2.report_id, COUNT(*) FROM ogi_sentence s1 "
                + "JOIN ogi_sentence s2 ON s2.hash = s1.hash AND s2.report_id <> s1.report_id "
                + "JOIN ogi_report r2 ON r2.id = s2.report_id "
                + "WHERE s1.report_id = ? AND r2.run_id <> (SELECT run_id FROM ogi_report WHERE id = ?) "
                + "AND (SELECT COUNT(*) FROM (SELECT 1 FROM ogi_sentence s3 WHERE s3.hash = s1.hash LIMIT " + (common + 1) + ") t) <= "
                + common + " GROUP BY s2.report_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, s2.report_id LIMIT " + limit;
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, id);
            p.setLong(2, id);
            p.setInt(3, min);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        } catch (SQLException e) {
            throw failed(Text.of("无法在历史库中查找相似报告", "cannot search the store for similar reports"), e);
        }
        return out;
    }

    /** A saved report's digest. */
    public Stored load(long id) throws StoreException {
        try {
            ReportDigest.Line lapse = null;
            String checkedAt;
            ReportDigestBuilder b = new ReportDigestBuilder();
            try (PreparedStatement p = connection.prepareStatement("SELECT file, part, organ, organ_key, division_code, organ_kind, "
                    + "report_year, published_on, organ_read_from_body, t3_state, t2_state, lapse_quote, lapse_line, content_hash, "
                    + "checked_at FROM ogi_report WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) throw new StoreException(Text.of("历史库 " + where + " 中没有报告 " + id, "store " + where + " has no report " + id));
                    b.file = rs.getString(1);
                    b.part = rs.getInt(2);
                    b.organ = rs.getString(3);
                    b.organKey = rs.getString(4);
                    b.divisionCode = rs.getString(5);
                    b.organKind = OrganKind.valueOf(rs.getString(6));
                    int y = rs.getInt(7);
                    b.year = rs.wasNull() ? null : y;
                    b.publishedOn = rs.getString(8);
                    b.fromBody = rs.getInt(9) != 0;
                    b.t3 = rs.getString(10) == null ? null : TableRead.State.valueOf(rs.getString(10));
                    b.t2 = rs.getString(11) == null ? null : TableRead.State.valueOf(rs.getString(11));
                    if (rs.getString(12) != null) lapse = new ReportDigest.Line(rs.getString(12), rs.getInt(13));
                    b.contentHash = rs.getLong(14);
                    checkedAt = rs.getString(15);
                }
            }
            List<ReportDigest.Cell> cells = new ArrayList<>();
            StringBuilder t3 = new StringBuilder();
            try (PreparedStatement p = connection.prepareStatement("SELECT row_name, column_name, row_label, value, raw, blank, readable, "
                    + "reading, line, quote, rests_on_ocr FROM ogi_cell WHERE report_id = ? AND (table_name = 'T3' OR row_name IN ('T2_RULES', 'T2_NORMATIVE')) "
                    + "ORDER BY line, row_name, column_name")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal v = rs.getBigDecimal(4);
                        TableRow row = TableRow.valueOf(rs.getString(1));
                        TableColumn column = TableColumn.valueOf(rs.getString(2));
                        if (row.getTable() == org.ogiaudit.model.Table.T3 && v != null) {
                            if (t3.length() > 0) t3.append(';');
                            t3.append(row.getKey()).append('.').append(column.name()).append('=').append(v.stripTrailingZeros().toPlainString());
                        }
                        if (row != TableRow.T3_CARRIED_OVER && row != TableRow.T3_CARRIED_FORWARD && row.getTable() == org.ogiaudit.model.Table.T3) {
                            continue;
                        }
                        cells.add(new ReportDigest.Cell(row, column, rs.getString(3), v == null ? null : v.stripTrailingZeros(),
                                rs.getString(5), rs.getInt(6) != 0, rs.getInt(7) != 0, CellReading.valueOf(rs.getString(8)),
                                rs.getInt(9), rs.getString(10), rs.getInt(11) != 0));
                    }
                }
            }
            List<ReportDigest.Fingerprint> sentences = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT hash, line, text FROM ogi_sentence WHERE report_id = ? ORDER BY seq")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) sentences.add(new ReportDigest.Fingerprint(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                }
            }
            return new Stored(id, new ReportDigest(b.file, b.part, b.organ, b.organKey, b.divisionCode, b.organKind, b.year,
                    b.publishedOn, b.fromBody, b.t3, b.t2, cells, t3.toString(), lapse, sentences, b.contentHash), checkedAt);
        } catch (SQLException e) {
            throw failed(Text.of("无法读取报告 " + id, "cannot read report " + id), e);
        }
    }

    /** The years saved of organs whose name is {@code organ} or contains it, by organ and year. */
    public List<HistoryEntry> history(String organ) throws StoreException {
        return new HistoryQuery(connection).entries(organ, org.ogiaudit.extract.Fingerprinter.organKey(organ));
    }

    @Override public void close() throws StoreException {
        try {
            if (!connection.isClosed()) {
                connection.commit();
                connection.close();
            }
        } catch (SQLException e) {
            throw failed(Text.of("无法关闭", "cannot close"), e);
        }
    }

    /** Mutable holder while a stored digest is read back. */
    private static final class ReportDigestBuilder {
        String file;
        int part;
        String organ;
        String organKey;
        String divisionCode;
        OrganKind organKind;
        Integer year;
        String publishedOn;
        boolean fromBody;
        TableRead.State t3;
        TableRead.State t2;
        long contentHash;
    }

    private void deleteEarlier(long runId, ReportDigest d) throws SQLException {
        List<Long> old = new ArrayList<>();
        String sql = d.organKey() == null
                ? "SELECT id FROM ogi_report WHERE organ_key IS NULL AND file = ? AND part = ? AND run_id <> ?"
                : d.year() == null ? "SELECT id FROM ogi_report WHERE organ_key = ? AND report_year IS NULL AND run_id <> ?"
                : "SELECT id FROM ogi_report WHERE organ_key = ? AND report_year = ? AND run_id <> ?";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int i = 0;
            if (d.organKey() == null) {
                p.setString(++i, d.file());
                p.setInt(++i, d.part());
            } else {
                p.setString(++i, d.organKey());
                if (d.year() != null) p.setInt(++i, d.year());
            }
            p.setLong(++i, runId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) old.add(rs.getLong(1));
            }
        }
        for (long id : old) {
            for (String s : new String[] {"DELETE FROM ogi_cross_finding WHERE report_id = ? OR other_id = ?",
                    "DELETE FROM ogi_cell WHERE report_id = ?", "DELETE FROM ogi_sentence WHERE report_id = ?",
                    "DELETE FROM ogi_finding WHERE report_id = ?", "DELETE FROM ogi_report WHERE id = ?"}) {
                try (PreparedStatement p = connection.prepareStatement(s)) {
                    p.setLong(1, id);
                    if (s.contains("other_id")) p.setLong(2, id);
                    p.executeUpdate();
                }
            }
        }
    }

    private void saveCells(long id, List<TableCell> cells) throws SQLException {
        if (cells.isEmpty()) return;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_cell (report_id, table_name, row_name, row_key, "
                + "row_label, column_name, value, raw, blank, readable, reading, line, quote, rests_on_ocr) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TableCell c : cells) {
                int i = 0;
                p.setLong(++i, id);
                p.setString(++i, c.getTable().name());
                p.setString(++i, c.getRow().name());
                p.setString(++i, c.getRow().getKey());
                p.setString(++i, c.getRowLabel());
                p.setString(++i, c.getColumn().name());
                p.setBigDecimal(++i, c.getValue());
                p.setString(++i, c.getRaw());
                p.setInt(++i, c.isBlank() ? 1 : 0);
                p.setInt(++i, c.isReadable() ? 1 : 0);
                p.setString(++i, c.getReading().name());
                p.setInt(++i, c.getLine());
                p.setString(++i, c.getEvidence().getQuote());
                p.setInt(++i, c.isRestsOnOcr() ? 1 : 0);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void saveSentences(long id, List<ReportDigest.Fingerprint> sentences) throws SQLException {
        if (sentences.isEmpty()) return;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_sentence (report_id, seq, hash, line, text) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (ReportDigest.Fingerprint f : sentences) {
                p.setLong(1, id);
                p.setInt(2, seq++);
                p.setLong(3, f.hash());
                p.setInt(4, f.line());
                p.setString(5, f.text());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void saveFindings(long id, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) return;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ogi_finding (report_id, seq, rule, rule_name, status, "
                + "severity, points, deducted, category, message, message_en, evidence, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Finding f : findings) {
                int i = 0;
                p.setLong(++i, id);
                p.setInt(++i, seq++);
                i = bind(p, i, f);
                p.setString(++i, f.getFingerprint());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Binds a finding's columns (rule … evidence, as both finding tables have them) after parameter {@code i}. */
    private static int bind(PreparedStatement p, int i, Finding f) throws SQLException {
        p.setString(++i, f.getRule());
        p.setString(++i, f.getRuleName());
        p.setString(++i, f.getStatus().name());
        p.setString(++i, f.getSeverity().name());
        p.setInt(++i, f.getPoints());
        p.setInt(++i, f.getDeducted());
        p.setString(++i, f.getCategory().name());
        p.setString(++i, f.getMessage().zh());
        p.setString(++i, f.getMessage().en());
        p.setString(++i, json(f.getEvidence()));
        return i;
    }

    /** Evidence as the JSON output writes it: [{"quote", "line", "cell", "ocr" (only when true)}]. */
    static String json(List<Evidence> evidence) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("quote", e.getQuote());
            m.put("line", e.getLine());
            if (e.getCell() != null) m.put("cell", e.getCell());
            if (e.isReadByOcr()) m.put("ocr", true);
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Evidence read back from {@link #json(List)}. */
    static List<Evidence> evidence(String json) {
        try {
            List<Map<String, Object>> list = JSON.readValue(json, new TypeReference<>() { });
            List<Evidence> out = new ArrayList<>();
            for (Map<String, Object> m : list) {
                out.add(new Evidence(String.valueOf(m.get("quote")), ((Number) m.get("line")).intValue(), (String) m.get("cell"),
                        Boolean.TRUE.equals(m.get("ocr"))));
            }
            return out;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static long returnedId(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) throw new SQLException("no id returned");
            return rs.getLong(1);
        }
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) p.setNull(i, java.sql.Types.INTEGER); else p.setInt(i, v);
    }

    private StoreException failed(Text what, SQLException e) {
        Text why = reason(e);
        return new StoreException(Text.of("历史库 " + where + "：" + what.zh() + "：" + why.zh(), "store " + where + ": " + what.en() + ": " + why.en()), e);
    }

    /** What went wrong, as a person reads it. */
    static Text reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return Text.of("被另一个进程锁定（另一次 ogi-audit 运行正在写入？）；请在那次运行结束后重试",
                    "it is locked by another process (another ogi-audit run writing to it?); try again when that run ends");
        }
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return Text.of("该文件不是 SQLite 数据库（其他类型的文件，或已损坏）；未作改动",
                    "the file is not an SQLite database (another kind of file, or damaged); it was not changed");
        }
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) return Text.of("数据库文件已损坏（" + m + "）", "the database file is damaged (" + m + ")");
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) return Text.of("历史库无法写入（" + m + "）", "the store cannot be written (" + m + ")");
        if (m.contains("SQLITE_CANTOPEN")) return Text.of("文件无法打开（" + m + "）", "the file cannot be opened (" + m + ")");
        if ("08001".equals(e.getSQLState()) || "08006".equals(e.getSQLState()) || m.contains("Connection refused")) {
            return Text.of("无法连接数据库服务器（" + m + "）", "the database server cannot be reached (" + m + ")");
        }
        return Text.of(m, m);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
