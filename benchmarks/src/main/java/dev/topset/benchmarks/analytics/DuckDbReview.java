package dev.topset.benchmarks.analytics;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.SetFlag;
import dev.topset.science.rpe.RpeChart;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The baseline of benchmark 4: the review's aggregation in DuckDB SQL (in-process, in memory) over the same rows —
 * per-session metrics of every session (best top set by e1RM, counts, volumes, backoff RPE mean/max/drift, flags),
 * then per athlete × lift the cross-session features of the whole year and of the review window (the last N
 * sessions): e1RM slope per session and per week, mean e1RM, set-weighted backoff RPE, its slope and change, mean
 * drift. The e1RM is science's standard one: RPE chart when the effective RPE (logged RPE, else 10 − RIR for RIR
 * 0–4) is on it, Epley otherwise. Results stay in DuckDB tables, as a DuckDB-based analytics would serve them.
 */
public final class DuckDbReview implements AutoCloseable {

    /** One session's metrics as DuckDB computed them (nullable numbers stay null). */
    public record SessionRow(int day, Double topLoad, Integer topReps, Double topRpe, Double e1rm, int topSets,
                             int topToFailure, double volumeLoad, int backoffSets, int backoffReps, int backoffMissed,
                             Double backoffLoad, double backoffVolume, Double backoffRpeMean, Double backoffRpeMax,
                             Double backoffRpeDrift, int technique, int pain, int failed) {
    }

    /** Cross-session features of one athlete × lift over a window. */
    public record Features(int sessions, Double e1rmSlope, Double e1rmMean, Double e1rmSlopePerWeek,
                           Double backoffRpeMean, Double backoffRpeSlope, Double backoffRpeChange,
                           Double driftMean) {
    }

    private static final String SESSION_METRICS = """
            CREATE OR REPLACE TABLE session_metrics AS
            WITH effort AS (
                SELECT s.*, CASE WHEN NOT isnan(s.rpe) THEN s.rpe
                                 WHEN s.rir BETWEEN 0 AND 4 THEN 10 - s.rir END AS eff
                FROM sets s),
            scored AS (
                SELECT e.*, e.amount * e.reps AS volume,
                       CASE WHEN e.kind <> 'TOP' THEN NULL
                            WHEN c.pct IS NOT NULL THEN round(e.amount * 100 / c.pct, 2)
                            WHEN e.reps = 1 THEN e.amount
                            ELSE round(e.amount * (30 + e.reps) / 30, 2) END AS e1rm,
                       e.kind = 'BACKOFF' AND (e.failed = 1 OR e.reps < p.backoff_reps) AS missed
                FROM effort e
                JOIN plans p ON p.athlete = e.athlete AND p.lift = e.lift
                LEFT JOIN rpe_chart c ON c.reps = e.reps AND c.rpe = e.eff)
            SELECT athlete, lift, session, min(day) AS day,
                   arg_max(amount, {'rank': coalesce(e1rm, -1), 'load': amount, 'pos': -position})
                       FILTER (WHERE kind = 'TOP') AS top_load,
                   arg_max(reps, {'rank': coalesce(e1rm, -1), 'load': amount, 'pos': -position})
                       FILTER (WHERE kind = 'TOP') AS top_reps,
                   arg_max_null(eff, {'rank': coalesce(e1rm, -1), 'load': amount, 'pos': -position})
                       FILTER (WHERE kind = 'TOP') AS top_rpe,
                   arg_max_null(e1rm, {'rank': coalesce(e1rm, -1), 'load': amount, 'pos': -position})
                       FILTER (WHERE kind = 'TOP') AS e1rm,
                   count(*) FILTER (WHERE kind = 'TOP') AS top_sets,
                   count(*) FILTER (WHERE kind = 'TOP' AND (failed = 1 OR eff >= 10)) AS top_to_failure,
                   sum(volume) AS volume_load,
                   count(*) FILTER (WHERE kind = 'BACKOFF') AS backoff_sets,
                   coalesce(sum(reps) FILTER (WHERE kind = 'BACKOFF'), 0) AS backoff_reps,
                   count(*) FILTER (WHERE missed) AS backoff_missed,
                   avg(amount) FILTER (WHERE kind = 'BACKOFF') AS backoff_load,
                   coalesce(sum(volume) FILTER (WHERE kind = 'BACKOFF'), 0) AS backoff_volume,
                   avg(eff) FILTER (WHERE kind = 'BACKOFF') AS backoff_rpe_mean,
                   sum(eff) FILTER (WHERE kind = 'BACKOFF') AS backoff_rpe_sum,
                   count(eff) FILTER (WHERE kind = 'BACKOFF') AS backoff_rpe_count,
                   max(eff) FILTER (WHERE kind = 'BACKOFF') AS backoff_rpe_max,
                   CASE WHEN count(eff) FILTER (WHERE kind = 'BACKOFF') >= 2
                        THEN arg_max(eff, position) FILTER (WHERE kind = 'BACKOFF' AND eff IS NOT NULL)
                           - arg_min(eff, position) FILTER (WHERE kind = 'BACKOFF' AND eff IS NOT NULL)
                        END AS backoff_rpe_drift,
                   sum(technique) AS technique, sum(pain) AS pain, sum(failed) AS failed
            FROM scored
            GROUP BY athlete, lift, session
            HAVING count(*) FILTER (WHERE kind = 'TOP') > 0
            """;

    /** {@code %s}: table name; {@code %d}: sessions in the window (newest first ranks 1..N). */
    private static final String FEATURES = """
            CREATE OR REPLACE TABLE %s AS
            WITH ranked AS (
                SELECT m.*, row_number() OVER (PARTITION BY athlete, lift ORDER BY day DESC, session DESC) AS back
                FROM session_metrics m)
            SELECT athlete, lift, count(*) AS sessions,
                   regr_slope(e1rm, -back) AS e1rm_slope,
                   avg(e1rm) AS e1rm_mean,
                   regr_slope(e1rm, day / 7.0) AS e1rm_slope_week,
                   sum(backoff_rpe_sum) / nullif(sum(backoff_rpe_count), 0) AS backoff_rpe_mean,
                   regr_slope(backoff_rpe_mean, -back) AS backoff_rpe_slope,
                   CASE WHEN count(backoff_rpe_mean) >= 2
                        THEN arg_min(backoff_rpe_mean, back) FILTER (WHERE backoff_rpe_mean IS NOT NULL)
                           - arg_max(backoff_rpe_mean, back) FILTER (WHERE backoff_rpe_mean IS NOT NULL)
                        END AS backoff_rpe_change,
                   avg(backoff_rpe_drift) AS drift_mean
            FROM ranked
            WHERE back <= %d
            GROUP BY athlete, lift
            """;

    private final DuckDBConnection connection;

    public DuckDbReview(int threads) throws SQLException {
        this.connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
            statement.execute("""
                    CREATE TABLE sets (athlete INTEGER, lift INTEGER, session INTEGER, day INTEGER, kind VARCHAR,
                        position INTEGER, amount DOUBLE, reps INTEGER, rpe DOUBLE, rir INTEGER,
                        technique INTEGER, pain INTEGER, failed INTEGER)""");
            statement.execute("CREATE TABLE plans (athlete INTEGER, lift INTEGER, backoff_reps INTEGER)");
            statement.execute("CREATE TABLE rpe_chart (reps INTEGER, rpe DOUBLE, pct DOUBLE)");
        }
        try (DuckDBAppender chart = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rpe_chart")) {
            for (int reps = RpeChart.MIN_REPS; reps <= RpeChart.MAX_REPS; reps++) {
                for (BigDecimal rpe = RpeChart.MIN_RPE; rpe.compareTo(RpeChart.MAX_RPE) <= 0;
                     rpe = rpe.add(new BigDecimal("0.5"))) {
                    Optional<BigDecimal> pct = RpeChart.find(reps, rpe);
                    if (pct.isPresent()) {
                        chart.beginRow();
                        chart.append(reps);
                        chart.append(rpe.doubleValue());
                        chart.append(pct.get().doubleValue());
                        chart.endRow();
                    }
                }
            }
        }
    }

    /** Appends every set of every series (NaN = RPE not logged, −1 = RIR not logged). */
    public void load(TrainingYear year) throws SQLException {
        try (DuckDBAppender sets = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sets");
             DuckDBAppender plans = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "plans")) {
            for (int number = 0; number < year.seriesCount(); number++) {
                Series series = year.series(number);
                plans.beginRow();
                plans.append(series.athleteNo());
                plans.append(series.liftNo());
                plans.append(series.plan().backoff().reps());
                plans.endRow();
                int week = -1;
                Object session = null;
                for (AnalyticsSet set : series.sets()) {
                    if (!set.sessionId().equals(session)) {
                        session = set.sessionId();
                        week++;
                    }
                    sets.beginRow();
                    sets.append(series.athleteNo());
                    sets.append(series.liftNo());
                    sets.append(week);
                    sets.append((int) set.sessionDate().toEpochDay());
                    sets.append(set.kind().name());
                    sets.append(set.position());
                    sets.append(set.load().amount().doubleValue());
                    sets.append(set.reps());
                    sets.append(set.rpe() == null ? Double.NaN : set.rpe().doubleValue());
                    sets.append(set.rir() == null ? -1 : set.rir());
                    sets.append(set.hasFlag(SetFlag.TECHNIQUE_BREAKDOWN) ? 1 : 0);
                    sets.append(set.hasFlag(SetFlag.PAIN) ? 1 : 0);
                    sets.append(set.hasFlag(SetFlag.FAILED_REP) ? 1 : 0);
                    sets.endRow();
                }
            }
        }
    }

    /** The measured part: per-session metrics, then the year's and the window's features. */
    public void aggregate(int windowSessions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSION_METRICS);
            statement.execute(FEATURES.formatted("year_features", Integer.MAX_VALUE));
            statement.execute(FEATURES.formatted("window_features", windowSessions));
        }
    }

    public long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<SessionRow> sessions(int athleteNo, int liftNo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM session_metrics WHERE athlete = ? AND lift = ? ORDER BY day, session")) {
            statement.setInt(1, athleteNo);
            statement.setInt(2, liftNo);
            List<SessionRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SessionRow(rs.getInt("day"), number(rs, "top_load"), integer(rs, "top_reps"),
                            number(rs, "top_rpe"), number(rs, "e1rm"), rs.getInt("top_sets"),
                            rs.getInt("top_to_failure"), rs.getDouble("volume_load"), rs.getInt("backoff_sets"),
                            rs.getInt("backoff_reps"), rs.getInt("backoff_missed"), number(rs, "backoff_load"),
                            rs.getDouble("backoff_volume"), number(rs, "backoff_rpe_mean"),
                            number(rs, "backoff_rpe_max"), number(rs, "backoff_rpe_drift"), rs.getInt("technique"),
                            rs.getInt("pain"), rs.getInt("failed")));
                }
            }
            return rows;
        }
    }

    public Features features(String table, int athleteNo, int liftNo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE athlete = ? AND lift = ?")) {
            statement.setInt(1, athleteNo);
            statement.setInt(2, liftNo);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("DuckDB has no " + table + " row for athlete " + athleteNo
                            + " lift " + liftNo);
                }
                return new Features(rs.getInt("sessions"), number(rs, "e1rm_slope"), number(rs, "e1rm_mean"),
                        number(rs, "e1rm_slope_week"), number(rs, "backoff_rpe_mean"),
                        number(rs, "backoff_rpe_slope"), number(rs, "backoff_rpe_change"), number(rs, "drift_mean"));
            }
        }
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() || Double.isNaN(value) ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
