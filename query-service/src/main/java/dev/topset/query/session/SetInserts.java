package dev.topset.query.session;

import dev.topset.query.ingest.BatchBuffer;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sets logged in a consumer batch, written to {@code set_view} in one {@code COPY}: the sessions' highest positions
 * are read once, the consumer numbers the batch's sets after them, and the rows stream in as text. A set's position is
 * its order of logging within the session: the session's highest position so far plus its rank among the batch's new
 * sets of that session. All events of an athlete share one partition and are applied by one thread in order, so
 * nothing else numbers the same session meanwhile. A set id already stored (a replayed event, or seen earlier in the
 * batch) violates the primary key; the batch's sets are then written by {@link #INSERT_SKIPPING_STORED}, which leaves
 * the stored ones out before numbering the rest — exactly what one {@code INSERT ... ON CONFLICT DO NOTHING} per set in
 * stream order did.
 *
 * <p>Why {@code COPY}: in a rebuild the set insert was half of PostgreSQL's time (benchmark 3), and PostgreSQL's CPU as
 * much as the consumer's; the earlier statement ({@code INSERT ... SELECT} from 15 text arrays cast and unnested, with a
 * window function for the numbering) made PostgreSQL parse every value twice over.
 */
final class SetInserts {

    private static final String ROWS = """
            unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),
                    CAST(? AS NUMERIC[]), CAST(? AS TEXT[]), CAST(? AS INT[]), CAST(? AS NUMERIC[]), CAST(? AS INT[]),
                    CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TIMESTAMPTZ[]),
                    CAST(? AS TIMESTAMPTZ[]))
                WITH ORDINALITY AS n(set_id, session_id, athlete_id, kind, lift, load_amount, load_unit, reps, rpe, rir,
                    flags, note, device_id, performed_at, recorded_at, ord)
            """;

    private static final String COPY_NEW = """
            COPY set_view (set_id, session_id, athlete_id, position, kind, lift, load_amount, load_unit, reps, rpe, rir,
                flags, note, device_id, performed_at, recorded_at) FROM STDIN""";

    private static final String HIGHEST_POSITIONS = """
            SELECT session_id, MAX(position) FROM set_view WHERE session_id = ANY(CAST(? AS uuid[])) GROUP BY session_id""";

    /** Leaves out the set ids already stored before numbering the rest. */
    private static final String INSERT_SKIPPING_STORED = """
            INSERT INTO set_view (set_id, session_id, athlete_id, position, kind, lift, load_amount, load_unit, reps, rpe,
                rir, flags, note, device_id, performed_at, recorded_at)
            SELECT n.set_id, n.session_id, n.athlete_id,
                COALESCE((SELECT MAX(s.position) FROM set_view s WHERE s.session_id = n.session_id), 0)
                    + row_number() OVER (PARTITION BY n.session_id ORDER BY n.ord),
                n.kind, n.lift, n.load_amount, n.load_unit, n.reps, n.rpe, n.rir, CAST(n.flags AS TEXT[]), n.note,
                n.device_id, n.performed_at, n.recorded_at
            FROM\s""" + ROWS + """
            WHERE NOT EXISTS (SELECT 1 FROM set_view e WHERE e.set_id = n.set_id)
            ON CONFLICT (set_id) DO NOTHING
            """;

    private static final String UNIQUE_VIOLATION = "23505";

    private static final List<Function<NewSet, Object>> COLUMNS = List.of(
            NewSet::setId, NewSet::sessionId, NewSet::athleteId, NewSet::kind, NewSet::lift, NewSet::loadAmount,
            NewSet::loadUnit, NewSet::reps, NewSet::rpe, NewSet::rir, NewSet::flags, NewSet::note, NewSet::deviceId,
            NewSet::performedAt, NewSet::recordedAt);

    private final JdbcTemplate jdbc;
    private final BatchBuffer<NewSet> pending = new BatchBuffer<>();

    SetInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Outside a transaction the set is written at once. */
    void add(NewSet set) {
        if (!pending.add(set)) {
            flush();
        }
    }

    void flush() {
        List<NewSet> sets = firstOfEachSetId(pending.drain());
        if (sets.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            Savepoint beforeInsert = connection.setSavepoint();
            try {
                copyNew(connection, sets);
                connection.releaseSavepoint(beforeInsert);
                return null;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeInsert);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SKIPPING_STORED)) {
                bindRows(connection, insert, sets);
                return insert.executeUpdate();
            }
        });
    }

    private static void copyNew(Connection connection, List<NewSet> sets) throws SQLException {
        Map<UUID, Integer> positions = highestPositions(connection, sets);
        StringBuilder rows = new StringBuilder(sets.size() * 256);
        for (NewSet set : sets) {
            int position = positions.merge(set.sessionId(), 1, Integer::sum);
            rows.append(set.setId()).append('\t').append(set.sessionId()).append('\t').append(set.athleteId())
                    .append('\t').append(position).append('\t');
            field(rows, set.kind()).append('\t');
            field(rows, set.lift()).append('\t');
            field(rows, text(set.loadAmount())).append('\t');
            field(rows, set.loadUnit()).append('\t').append(set.reps()).append('\t');
            field(rows, text(set.rpe())).append('\t');
            field(rows, text(set.rir())).append('\t');
            field(rows, set.flags()).append('\t');
            field(rows, set.note()).append('\t');
            field(rows, set.deviceId()).append('\t');
            field(rows, text(set.performedAt())).append('\t');
            field(rows, text(set.recordedAt())).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_NEW, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("set rows could not be streamed", e);
        }
    }

    /** Each session's highest stored position; a session without sets is absent (its first set is position 1). */
    private static Map<UUID, Integer> highestPositions(Connection connection, List<NewSet> sets) throws SQLException {
        Map<UUID, Integer> positions = new HashMap<>();
        try (PreparedStatement read = connection.prepareStatement(HIGHEST_POSITIONS)) {
            read.setArray(1, connection.createArrayOf("text",
                    sets.stream().map(set -> set.sessionId().toString()).distinct().toArray(String[]::new)));
            try (ResultSet result = read.executeQuery()) {
                while (result.next()) {
                    positions.put(result.getObject(1, UUID.class), result.getInt(2));
                }
            }
        }
        return positions;
    }

    /** A value of {@code COPY}'s text format: {@code \N} for null, backslash, tab and line breaks escaped. */
    private static StringBuilder field(StringBuilder rows, String value) {
        if (value == null) {
            return rows.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }

    private static void bindRows(Connection connection, PreparedStatement insert, List<NewSet> sets)
            throws SQLException {
        for (int column = 0; column < COLUMNS.size(); column++) {
            insert.setArray(column + 1, textArray(connection, sets, COLUMNS.get(column)));
        }
    }

    private static List<NewSet> firstOfEachSetId(List<NewSet> sets) {
        Set<UUID> seen = new HashSet<>();
        List<NewSet> first = new ArrayList<>(sets.size());
        for (NewSet set : sets) {
            if (seen.add(set.setId())) {
                first.add(set);
            }
        }
        return first;
    }

    private static Array textArray(Connection connection, List<NewSet> sets, Function<NewSet, Object> column)
            throws SQLException {
        String[] values = new String[sets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = text(column.apply(sets.get(i)));
        }
        return connection.createArrayOf("text", values);
    }

    /** As the driver would send each value as a parameter of its own. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toString();
        }
        if (value instanceof Instant instant) {
            return toMicros(instant).toString();
        }
        return value.toString();
    }

    /** PostgreSQL keeps microseconds; rounded half up like the driver does for a {@code Timestamp} parameter. */
    private static Instant toMicros(Instant instant) {
        long nanos = instant.getNano() + 500L;
        long seconds = instant.getEpochSecond();
        if (nanos >= 1_000_000_000L) {
            seconds++;
            nanos -= 1_000_000_000L;
        }
        return Instant.ofEpochSecond(seconds, nanos / 1000 * 1000);
    }
}
