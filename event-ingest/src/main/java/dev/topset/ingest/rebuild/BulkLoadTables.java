package dev.topset.ingest.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a fresh schema's tables into bulk-load shape while the replay fills them, and back before they are compared and
 * switched in. During the replay the tables are {@code UNLOGGED} (no WAL for the rows, the indexes or full-page
 * images) and carry only their primary keys and unique constraints — what the projections' upserts and lookups need —
 * while the other indexes, which serve only the views' queries, are built once at the end instead of being maintained
 * row by row. A crash in between loses nothing that matters: the fresh schema of a rebuild that did not complete is
 * dropped and the next rebuild starts over (PostgreSQL empties unlogged tables in crash recovery, and the run that
 * owned them fails with its session).
 */
final class BulkLoadTables {

    private static final Logger log = LoggerFactory.getLogger(BulkLoadTables.class);

    private final String schema;
    private final List<String> tables = new ArrayList<>();
    private final List<String> deferredIndexes = new ArrayList<>();
    private boolean loading;

    BulkLoadTables(String schema) {
        this.schema = schema;
    }

    /** Right after the schema was created empty: unlogged tables, secondary indexes dropped (definitions kept). */
    void begin(Connection session) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind = 'r' AND c.relpersistence = 'p' ORDER BY c.relname""")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        try (PreparedStatement statement = session.prepareStatement("""
                SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
                WHERE n.nspname = ? AND NOT x.indisunique AND NOT x.indisprimary
                    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                ORDER BY i.relname""")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    dropped.add(result.getString(1));
                    deferredIndexes.add(result.getString(2));
                }
            }
        }
        try (Statement ddl = session.createStatement()) {
            for (String index : dropped) {
                ddl.execute("DROP INDEX " + quote(schema) + "." + quote(index));
            }
            for (String table : tables) {
                ddl.execute("ALTER TABLE " + quote(schema) + "." + quote(table) + " SET UNLOGGED");
            }
        }
        loading = true;
        log.info("schema {}: {} tables unlogged, {} secondary indexes deferred during the replay", schema, tables.size(),
                deferredIndexes.size());
    }

    /** Before the comparison and the switch: logged tables with every index of the migrations again. */
    void end(Connection session) throws SQLException {
        if (!loading) {
            return;
        }
        long started = System.nanoTime();
        try (Statement ddl = session.createStatement()) {
            for (String table : tables) {
                ddl.execute("ALTER TABLE " + quote(schema) + "." + quote(table) + " SET LOGGED");
            }
            for (String index : deferredIndexes) {
                ddl.execute(index);
            }
        }
        loading = false;
        log.info("schema {}: tables logged, {} indexes built in {} ms", schema, deferredIndexes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
