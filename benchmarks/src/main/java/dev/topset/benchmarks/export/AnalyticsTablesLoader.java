package dev.topset.benchmarks.export;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.benchmarks.analytics.Series;
import dev.topset.benchmarks.analytics.TrainingYear;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills analytics' own tables (V1__analytics_sets.sql) with a generated year through PostgreSQL's COPY, a chunk of
 * athletes at a time: the same rows analytics' consumer would have written from the topic, without the topic.
 */
final class AnalyticsTablesLoader {

    private static final int ATHLETES_PER_CHUNK = 200;

    private final DataSource dataSource;

    AnalyticsTablesLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the number of sets loaded. */
    long load(TrainingYear year) throws Exception {
        long sets = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int first = 0; first < year.athletes(); first += ATHLETES_PER_CHUNK) {
                StringBuilder athletes = new StringBuilder();
                StringBuilder sessions = new StringBuilder();
                StringBuilder loggedSets = new StringBuilder();
                for (int athleteNo = first; athleteNo < Math.min(year.athletes(), first + ATHLETES_PER_CHUNK); athleteNo++) {
                    for (int liftNo = 0; liftNo < TrainingYear.LIFTS.size(); liftNo++) {
                        Series series = year.series(athleteNo, liftNo);
                        if (liftNo == 0) {
                            athletes.append(series.athleteId()).append(',').append(series.unit().name()).append('\n');
                        }
                        UUID session = null;
                        for (AnalyticsSet set : series.sets()) {
                            if (!set.sessionId().equals(session)) {
                                session = set.sessionId();
                                sessions.append(session).append(',').append(set.athleteId()).append(',')
                                        .append(set.sessionDate()).append('\n');
                            }
                            loggedSets.append(new UUID(session.getMostSignificantBits(),
                                            session.getLeastSignificantBits() ^ ((long) set.position() << 40)))
                                    .append(',').append(session).append(',').append(set.athleteId()).append(',')
                                    .append(set.position()).append(',').append(set.kind().name()).append(',')
                                    .append(set.lift()).append(',').append(set.load().amount().toPlainString())
                                    .append(',').append(set.load().unit().name()).append(',').append(set.reps())
                                    .append(',').append(set.rpe() == null ? "" : set.rpe().toPlainString())
                                    .append(',').append(set.rir() == null ? "" : set.rir().toString()).append(",\"{")
                                    .append(set.flags().stream().map(Enum::name).sorted()
                                            .collect(Collectors.joining(",")))
                                    .append("}\"\n");
                            sets++;
                        }
                    }
                }
                copyIn(copy, "athlete (athlete_id, preferred_unit)", athletes);
                copyIn(copy, "training_session (session_id, athlete_id, local_date)", sessions);
                copyIn(copy, "logged_set (set_id, session_id, athlete_id, position, kind, lift, load_amount, load_unit,"
                        + " reps, rpe, rir, flags)", loggedSets);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
        }
        return sets;
    }

    private static void copyIn(CopyManager copy, String table, StringBuilder csv) throws SQLException {
        try {
            copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
