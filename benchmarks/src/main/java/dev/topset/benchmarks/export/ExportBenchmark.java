package dev.topset.benchmarks.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.topset.analytics.coach.AthleteTrends;
import dev.topset.analytics.coach.PlanResolver;
import dev.topset.analytics.coach.ReviewProperties;
import dev.topset.analytics.history.JdbcSetHistory;
import dev.topset.analytics.history.SetStream;
import dev.topset.analytics.recommend.StoredPlans;
import dev.topset.analytics.report.CsvReport;
import dev.topset.benchmarks.HeapWatch;
import dev.topset.benchmarks.ProcessCpu;
import dev.topset.benchmarks.analytics.TrainingYear;
import dev.topset.infra.PostgresOptions;
import dev.topset.infra.PostgresServer;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The export scale claim, measured: a year of training of every athlete in analytics' tables (PostgreSQL, loaded by
 * COPY), then every athlete's trend rows streamed through analytics' own export path ({@link AthleteTrends} from the
 * database cursor → {@link CsvReport}, the writer of {@code /reports/athletes/{id}/trends.csv}) into a sink that
 * discards the bytes, as one cross-athlete CSV. Baseline: a raw JDBC cursor scan of the same sets, same order and
 * fetch size, reading every column and nothing else.
 */
public final class ExportBenchmark {

    private final TrainingYear year;
    private final int exportedAthletes;

    public ExportBenchmark(TrainingYear year, int exportedAthletes) {
        this.year = year;
        this.exportedAthletes = Math.min(exportedAthletes, year.athletes());
    }

    public List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.start(PostgresOptions.throwaway())) {
            postgres.createDatabaseIfMissing("topset_analytics");
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.jdbcUrl("topset_analytics"));
            config.setSchema("analytics");
            config.setMaximumPoolSize(4);
            try (HikariDataSource dataSource = new HikariDataSource(config)) {
                Flyway.configure().dataSource(dataSource).schemas("analytics").createSchemas(true)
                        .locations("classpath:db/migration").load().migrate();
                long loadStart = System.nanoTime();
                long sets = new AnalyticsTablesLoader(dataSource).load(year);
                System.out.printf("export: loaded %,d sets of %,d athletes in %.0f s (COPY)%n", sets, year.athletes(),
                        (System.nanoTime() - loadStart) / 1e9);

                Scan baseline;
                try (HeapWatch heap = HeapWatch.start()) {
                    baseline = rawScan(dataSource);
                    baseline = baseline.withHeap(heap.peak());
                }
                Scan export;
                try (HeapWatch heap = HeapWatch.start()) {
                    export = export(dataSource);
                    export = export.withHeap(heap.peak());
                }
                lines.add(String.format("export data: %,d athletes x %d weeks x %d lifts in PostgreSQL, %,d sets; "
                        + "%,d athletes exported", year.athletes(), year.weeks(), TrainingYear.LIFTS.size(), sets,
                        exportedAthletes));
                lines.add(String.format("baseline: raw JDBC cursor scan of the sets   %,10.0f sets/s   (%,d sets in "
                        + "%.1f s, JVM CPU %.1f s)   %s", baseline.sets() / baseline.seconds(), baseline.sets(),
                        baseline.seconds(), baseline.cpuSeconds(), baseline.heap().line()));
                lines.add(String.format("export: trend rows as CSV (AthleteTrends -> CsvReport)   %,10.0f rows/s   "
                        + "%,10.0f sets/s   (%,d rows, %,d MiB of CSV in %.1f s, JVM CPU %.1f s = %,.0f rows per "
                        + "CPU-second)   %s", export.rows() / export.seconds(), baseline.sets() / export.seconds(),
                        export.rows(), export.bytes() >> 20, export.seconds(), export.cpuSeconds(),
                        export.rows() / export.cpuSeconds(), export.heap().line()));
                lines.add(String.format("export / baseline = %.1f %% of the raw scan's speed (in sets/s); peak heap "
                        + "%,d MiB", 100 * baseline.seconds() / export.seconds(), export.heap().poolPeaks() >> 20));
            }
        }
        return lines;
    }

    /** @param cpuSeconds CPU of this JVM (PostgreSQL's own work is not in it) */
    private record Scan(long sets, long rows, long bytes, double seconds, double cpuSeconds, HeapWatch.Peak heap) {

        Scan withHeap(HeapWatch.Peak peak) {
            return new Scan(sets, rows, bytes, seconds, cpuSeconds, peak);
        }
    }

    /** The same rows, order and fetch size as {@link SetStream}, per athlete, every column read into locals. */
    private Scan rawScan(HikariDataSource dataSource) throws Exception {
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        long sets = 0;
        long checksum = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL only uses a cursor inside a transaction
            connection.setReadOnly(true);
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.athlete_id, t.session_id, s.local_date, t.lift, t.kind, t.load_amount, t.load_unit,
                           t.reps, t.rpe, t.rir, t.flags,
                           ROW_NUMBER() OVER (PARTITION BY t.session_id
                               ORDER BY t.performed_at NULLS FIRST, t.position) AS position
                    FROM logged_set t JOIN training_session s ON s.session_id = t.session_id
                    WHERE t.athlete_id = ? AND s.athlete_id = ? AND t.kind IN ('TOP', 'BACKOFF') AND NOT t.voided
                    ORDER BY s.local_date, s.started_at NULLS FIRST, s.session_id, t.lift, t.performed_at NULLS FIRST,
                        t.position""")) {
                query.setFetchSize(500);
                for (int athleteNo = 0; athleteNo < exportedAthletes; athleteNo++) {
                    UUID athlete = TrainingYear.athleteId(athleteNo);
                    query.setObject(1, athlete);
                    query.setObject(2, athlete);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            sets++;
                            checksum += rs.getObject(1, UUID.class).hashCode() + rs.getObject(2, UUID.class).hashCode()
                                    + rs.getDate(3).hashCode() + rs.getString(4).length() + rs.getString(5).length()
                                    + rs.getBigDecimal(6).hashCode() + rs.getString(7).length() + rs.getInt(8)
                                    + (rs.getBigDecimal(9) == null ? 0 : 1) + rs.getInt(10)
                                    + ((String[]) rs.getArray(11).getArray()).length + rs.getInt(12);
                        }
                    }
                }
            }
            connection.commit();
        }
        if (checksum == 42) {
            System.out.println("(checksum keeps the reads alive)");
        }
        return new Scan(sets, 0, 0, (System.nanoTime() - start) / 1e9, (ProcessCpu.nanos() - cpuStart) / 1e9, null);
    }

    private Scan export(HikariDataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcSetHistory history = new JdbcSetHistory(jdbc);
        AthleteTrends trends = new AthleteTrends(history,
                new SetStream(dataSource, new DataSourceTransactionManager(dataSource)),
                new PlanResolver(history, new StoredPlans(jdbc, new ObjectMapper())), ReviewProperties.defaults());
        CountingSink sink = new CountingSink();
        long[] rows = {0};
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        new CsvReport().write(rowSink -> {
            for (int athleteNo = 0; athleteNo < exportedAthletes; athleteNo++) {
                trends.rows(TrainingYear.athleteId(athleteNo), null, null, row -> {
                    rows[0]++;
                    rowSink.accept(row);
                });
            }
        }, sink);
        return new Scan(0, rows[0], sink.chars, (System.nanoTime() - start) / 1e9, (ProcessCpu.nanos() - cpuStart) / 1e9,
                null);
    }

    /** Discards what the export writes, counting it. */
    private static final class CountingSink extends Writer {

        private long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
