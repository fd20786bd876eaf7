package dev.topset.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row count and checksum of each query-service read model, to compare two databases table by table. */
final class ReadModelFingerprint {

    private static final Map<String, String> TABLES = Map.of(
            "athlete_view", "athlete_id",
            "session_view", "session_id",
            "set_view", "set_id",
            "lift_trend", "athlete_id, lift, session_id");

    private ReadModelFingerprint() {
    }

    static Map<String, String> of(String jdbcUrl) throws SQLException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            for (var table : new java.util.TreeMap<>(TABLES).entrySet()) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg("
                        + "t::text, '|' ORDER BY " + table.getValue() + ")), '-') FROM query." + table.getKey()
                        + " t")) {
                    row.next();
                    fingerprints.put(table.getKey(), row.getString(1));
                }
            }
        }
        return fingerprints;
    }

    static long appliedPosition(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT coalesce(sum(next_offset), 0) FROM query.consumer_position")) {
            row.next();
            return row.getLong(1);
        }
    }
}
