package org.ogiaudit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ogiaudit.model.Text;

/**
 * The store's schema versions. Each migration is a SQL file beside this class, applied once, in one transaction with
 * the row of {@code ogi_schema} that records it: a store is at a version or at the one before, never in between. A store
 * of a newer version than this build knows is refused and left as it is, never downgraded; so is a database that holds
 * another program's tables.
 *
 * <p>Written here rather than taken from Flyway: the store needs these few lines, and Flyway's SQLite support is no
 * longer part of its core module.
 */
final class Migrations {
    /** A migration: the version it brings the schema to, what it does, and its SQL file. */
    record Migration(int version, String description, String resource) { }

    /** In order; append, never edit one that has shipped. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "runs, reports, table cells, sentence fingerprints, findings and cross-report findings",
                    "V1__history.sql"));

    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() { }

    /** The store's schema version: 0 for an empty database. */
    static int version(Connection c, String where) throws SQLException, StoreException {
        List<String> tables = tables(c);
        if (!tables.contains("ogi_schema")) {
            List<String> ours = tables.stream().filter(t -> t.startsWith("ogi_")).toList();
            if (!ours.isEmpty()) {
                throw new StoreException(Text.of("历史库 " + where + " 有 ogi-audit 的表 " + ours + "，但没有 ogi_schema：不是本程序建立的历史库，或已损坏；未作改动",
                        "store " + where + " has ogi-audit tables " + ours + " but no ogi_schema: it is not a store this "
                        + "program made, or a damaged one; it was not changed"));
            }
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM ogi_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the store to {@link #LATEST}; refuses a newer one. */
    static void migrate(Connection c, Dialect dialect, String where) throws SQLException, StoreException {
        int at = version(c, where);
        if (at > LATEST) {
            throw new StoreException(Text.of("历史库 " + where + " 的结构版本为" + at + "，比本 ogi-audit 所知的版本（" + LATEST
                    + "）新：请使用更新的 ogi-audit。历史库未作改动。", "store " + where + " has schema version " + at
                    + ", newer than this ogi-audit knows (" + LATEST + "): use a newer ogi-audit. The store was not changed."));
        }
        if (at == 0 && dialect == Dialect.SQLITE) {
            List<String> others = tables(c).stream().filter(t -> !t.startsWith("ogi_") && !t.startsWith("sqlite_")).toList();
            if (!others.isEmpty()) {
                throw new StoreException(Text.of("历史库 " + where + " 是别的程序的数据库（表 " + others + "），不是 ogi-audit 的历史库；未作改动。请另给一个文件名。",
                        "store " + where + " is a database of something else (tables " + others + "), not an ogi-audit "
                        + "store; it was not changed. Give a new file name."));
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (at == 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE ogi_schema (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
                }
            }
            for (Migration m : ALL) {
                if (m.version() <= at) continue;
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(dialect.sql(read(m.resource())))) s.execute(statement);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO ogi_schema (version, description, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The statements of a script: each ends with a semicolon at the end of a line; "--" lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) continue;
            sb.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(sb.toString().strip().replaceAll(";$", ""));
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) out.add(sb.toString().strip());
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the build lacks the store migration " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
