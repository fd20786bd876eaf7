package dev.topset.ingest.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fingerprints ({@link TableFingerprint}) of every read-model table of a schema, to compare a rebuilt schema with the
 * incrementally built one table by table. The consumer's bookkeeping that legitimately differs between the two
 * (positions, parked records with their timestamps, Flyway's history) is left out; {@code applied_sequence} is in.
 * The checksum is a sum, so it streams over any number of rows and needs no ordering.
 */
public final class ReadModelFingerprints {

    static final Set<String> BOOKKEEPING = Set.of("consumer_position", "skipped_event", "flyway_schema_history");

    private ReadModelFingerprints() {
    }

    /**
     * @param orderDependentColumns {@code table.column} entries left out of the rows (see
     *                              {@link ReadModelSchema#orderDependentColumns()})
     * @return per table (sorted by name) its fingerprint
     */
    public static Map<String, TableFingerprint> of(Connection connection, String schema,
                                                   Set<String> orderDependentColumns) throws SQLException {
        Map<String, TableFingerprint> fingerprints = new TreeMap<>();
        for (String table : tables(connection, schema)) {
            List<String> columns = columns(connection, schema, table, orderDependentColumns);
            String row = "ROW(" + String.join(", ", columns) + ")::text";
            String sql = "SELECT count(*), coalesce(sum(('x' || substr(md5(" + row + "), 1, 15))::bit(60)::bigint), 0)"
                    + " FROM " + quote(schema) + "." + quote(table);
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                fingerprints.put(table, new TableFingerprint(result.getLong(1), result.getBigDecimal(2).toPlainString()));
            }
        }
        return fingerprints;
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (!BOOKKEEPING.contains(result.getString(1))) {
                        tables.add(result.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String schema, String table,
                                        Set<String> orderDependentColumns) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position""")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String column = result.getString(1);
                    if (!orderDependentColumns.contains(table + "." + column)) {
                        columns.add(quote(column));
                    }
                }
            }
        }
        return columns;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
