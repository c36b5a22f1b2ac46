package org.ogiaudit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ogiaudit.model.Text;

/** Reads an organ's saved years for {@code ogi-audit history}. */
final class HistoryQuery {
    private final Connection connection;

    HistoryQuery(Connection connection) {
        this.connection = connection;
    }

    /** Every saved report of an organ whose key is {@code key} or whose name contains {@code organ}. */
    List<HistoryEntry> entries(String organ, String key) throws StoreException {
        List<HistoryEntry> out = new ArrayList<>();
        String like = "%" + organ.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        try (PreparedStatement p = connection.prepareStatement("SELECT id, organ, organ_key, report_year, file, part, score, "
                + "fail_count, uncertain_count, checked_at, rulebook_sha256 FROM ogi_report WHERE organ_key = ? OR organ LIKE ? "
                + "ESCAPE '\\' ORDER BY organ_key, report_year, id")) {
            p.setString(1, key);
            p.setString(2, like);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt(4);
                    Integer year = rs.wasNull() ? null : y;
                    int s = rs.getInt(7);
                    Integer score = rs.wasNull() ? null : s;
                    out.add(new HistoryEntry(rs.getString(2), rs.getString(3), year, rs.getString(5), rs.getInt(6), score,
                            rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getString(11), cross(rs.getLong(1))));
                }
            }
        } catch (SQLException e) {
            Text why = HistoryStore.reason(e);
            throw new StoreException(Text.of("无法读取“" + organ + "”的历史：" + why.zh(), "cannot read the history of " + organ + ": " + why.en()), e);
        }
        return out;
    }

    private List<HistoryEntry.Cross> cross(long id) throws SQLException {
        List<HistoryEntry.Cross> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT c.rule, c.status, c.deducted, c.message, o.organ, "
                + "o.report_year, o.file, c.message_en FROM ogi_cross_finding c JOIN ogi_report o ON o.id = c.other_id WHERE c.report_id = ? "
                + "ORDER BY c.seq")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt(6);
                    out.add(new HistoryEntry.Cross(rs.getString(1), rs.getString(2), rs.getInt(3),
                            Text.of(rs.getString(4), rs.getString(8)), rs.getString(5), rs.wasNull() ? null : y, rs.getString(7)));
                }
            }
        }
        return out;
    }
}
