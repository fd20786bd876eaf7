package dev.topset.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.security.devtokens.DevTokens;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The gym cohort export at scale: {@code athletes} members with a year of training each (two sessions a week, two
 * lifts per session, a top set and three backoffs per lift), seeded straight into analytics' tables with SQL (the
 * rows the consumer would write), then exported as CSV over HTTP while analytics' heap is sampled. The baseline is
 * the same cursor query read raw over JDBC on the same database: the export's cost above reading the rows.
 */
final class CohortExportBenchmark {

    private static final String GYM = "6d1f3c2a-7b4e-4f0a-9c1d-2e3f4a5b6c7d";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String analyticsUrl;
    private final DataSource analytics;
    private final int athletes;
    private final int weeks;
    private final String token;

    CohortExportBenchmark(String analyticsUrl, DevTokens tokens, DataSource analytics, int athletes, int weeks) {
        this.analyticsUrl = analyticsUrl;
        // an analyst reads the export; admin for the actuator metrics the heap is sampled from
        this.token = tokens.withRoles("benchmark-analyst", "analyst", "admin");
        this.analytics = analytics;
        this.athletes = athletes;
        this.weeks = weeks;
    }

    List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        long seeded = seed();
        lines.add(String.format("cohort: seeded %d athletes x %d weeks = %d sets", athletes, weeks, seeded));
        lines.add(rawCursorRead());
        lines.add(export());
        return lines;
    }

    private long seed() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = analytics.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET search_path TO analytics");
            sql.execute("INSERT INTO gym (gym_id) VALUES ('" + GYM + "') ON CONFLICT DO NOTHING");
            sql.execute("CREATE TEMP TABLE bench_athlete AS SELECT CAST(md5('bench-athlete-' || a) AS UUID) AS id, a "
                    + "FROM generate_series(1, " + athletes + ") a");
            sql.execute("INSERT INTO athlete (athlete_id, preferred_unit) SELECT id, 'KG' FROM bench_athlete");
            sql.execute("INSERT INTO gym_member (gym_id, athlete_id, status, changed_at) "
                    + "SELECT '" + GYM + "', id, 'MEMBER', now() FROM bench_athlete");
            // two sessions a week: Monday squat + bench, Thursday deadlift + bench
            sql.execute("CREATE TEMP TABLE bench_session AS SELECT b.id AS athlete_id, b.a, w, d, "
                    + "CAST(md5('bench-session-' || b.a || '-' || w || '-' || d) AS UUID) AS session_id, "
                    + "DATE '2025-01-06' + w * 7 + d * 3 AS local_date "
                    + "FROM bench_athlete b, generate_series(0, " + (weeks - 1) + ") w, generate_series(0, 1) d");
            sql.execute("INSERT INTO training_session (session_id, athlete_id, local_date) "
                    + "SELECT session_id, athlete_id, local_date FROM bench_session");
            // per lift a top set at RPE 7.5-9 and three backoffs at -12.5 %; loads climb 2.5 kg every two weeks
            long sets = sql.executeUpdate("""
                    INSERT INTO logged_set (set_id, session_id, athlete_id, position, kind, lift, load_amount, load_unit,
                                            reps, rpe)
                    SELECT gen_random_uuid(), s.session_id, s.athlete_id, l.n * 4 + k.n + 1,
                           CASE WHEN k.n = 0 THEN 'TOP' ELSE 'BACKOFF' END,
                           CASE WHEN l.n = 1 THEN 'bench' WHEN s.d = 0 THEN 'squat' ELSE 'deadlift' END,
                           round((CASE WHEN l.n = 1 THEN 70 WHEN s.d = 0 THEN 100 ELSE 140 END
                                  + (s.a % 40) + 2.5 * (s.w / 2)) * CASE WHEN k.n = 0 THEN 1 ELSE 0.875 END / 2.5) * 2.5,
                           'KG', 5, CASE WHEN k.n = 0 THEN 7.5 + 0.5 * (s.w % 4) ELSE 6.5 + 0.5 * k.n END
                    FROM bench_session s, generate_series(0, 1) l(n), generate_series(0, 3) k(n)""");
            sql.execute("ANALYZE");
            System.out.printf("cohort: seeded %d sets in %.1f s%n", sets, (System.nanoTime() - start) / 1e9);
            return sets;
        }
    }

    /** The export's cursor query read over JDBC without doing anything with the rows. */
    private String rawCursorRead() throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (Connection connection = analytics.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT t.athlete_id, t.session_id, s.local_date, t.lift, t.kind, t.load_amount, t.load_unit,
                           t.reps, t.rpe, t.rir, t.flags, t.position
                    FROM analytics.logged_set t JOIN analytics.training_session s ON s.session_id = t.session_id
                    WHERE t.athlete_id IN (SELECT athlete_id FROM analytics.gym_member
                                           WHERE status = 'MEMBER' AND gym_id = CAST(? AS UUID))
                      AND t.kind IN ('TOP', 'BACKOFF') AND NOT t.voided
                    ORDER BY t.athlete_id, s.local_date, s.started_at NULLS FIRST, s.session_id, t.lift, t.position""")) {
                query.setFetchSize(1000);
                query.setString(1, GYM);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            connection.rollback();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%-48s %10.0f sets/s   (%d sets in %.1f s)", "cohort baseline: raw JDBC cursor read",
                rows / seconds, rows, seconds);
    }

    private String export() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong maxHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    maxHeap.accumulateAndGet(heapUsed(http), Math::max);
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // a missed sample is not a failed benchmark
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long firstByte = 0;
        long rows = 0;
        long bytes = 0;
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                URI.create(analyticsUrl + "/reports/gyms/" + GYM + "/trends.csv"))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (firstByte == 0) {
                    firstByte = System.nanoTime();
                }
                rows++;
                bytes += line.length() + 1;
            }
        } finally {
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cohort export answered " + response.statusCode());
        }
        long dataRows = rows - 1;
        return String.format("%-48s %10.0f rows/s   first line %.2f s   %d rows (%d MiB) in %.1f s   "
                        + "analytics heap max %d MiB", "cohort export: GET /reports/gyms/{id}/trends.csv",
                dataRows / seconds, (firstByte - start) / 1e9, dataRows, bytes >> 20, seconds, maxHeap.get() >> 20);
    }

    private long heapUsed(HttpClient http) throws Exception {
        HttpResponse<String> metric = http.send(HttpRequest.newBuilder(URI.create(analyticsUrl
                + "/actuator/metrics/jvm.memory.used?tag=area:heap")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(metric.body()).path("measurements").get(0).path("value").asLong();
    }
}
