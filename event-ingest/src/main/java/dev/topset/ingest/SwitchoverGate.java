package dev.topset.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL advisory lock per read-model schema that every live batch transaction takes shared and a rebuild's
 * switch-over takes exclusive. Holding it exclusive pauses the live consumers of every instance of the service
 * (they wait at the start of their next batch, having written nothing), so the rebuild can reach exactly their
 * positions and swap the schemas; in-flight batches finish first. Shared holders never block each other.
 */
public class SwitchoverGate implements BatchScope {

    private final JdbcClient jdbc;
    private final long key;

    public SwitchoverGate(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.key = lockKey("topset.ingest.switchover:" + schema);
    }

    /** Live batches: wait while a switch-over holds the gate; released with the transaction. */
    @Override
    public void enter() {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:key)").param("key", key).query().singleValue();
    }

    /** Blocks until in-flight live batches committed, then keeps new ones waiting until {@link #open}. */
    public void close(Connection session) throws SQLException {
        call(session, "SELECT pg_advisory_lock(?)");
    }

    public void open(Connection session) throws SQLException {
        call(session, "SELECT pg_advisory_unlock(?)");
    }

    private void call(Connection session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    /** A stable 64-bit advisory lock key for a name (the same in every instance and JVM version). */
    public static long lockKey(String name) {
        CRC32 high = new CRC32();
        high.update("topset".getBytes(StandardCharsets.UTF_8));
        CRC32 low = new CRC32();
        low.update(name.getBytes(StandardCharsets.UTF_8));
        return (high.getValue() << 32) ^ low.getValue();
    }
}
