package dev.topset.benchmarks;

import dev.topset.launcher.EmbeddedSystem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What one measured phase cost the machine, per operation: CPU time of every process of the system (from
 * {@code /proc/<pid>/stat}, so GC, JIT and native threads count) and the SQL statements and transactions PostgreSQL
 * ran (pg_stat_statements, pg_stat_database). Taken at the start and the end of the measured window; the warm-up is
 * not in it.
 *
 * <p>PostgreSQL is the postmaster and all its children: a backend that exits in the window is counted through the
 * postmaster's reaped-children time. The runner JVM holds the load generator (threads named {@value #LOAD_THREADS}*,
 * measured per thread) and the embedded Kafka broker (the rest of the runner's CPU).
 */
final class PhaseCost {

    static final String LOAD_THREADS = "load-";
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the JDK runs on

    /** Per process: CPU ticks; SQL: statements and transactions per database. */
    /** Queries that ran at least this often per operation are listed one by one. */
    private static final double LISTED_PER_OPERATION = 0.05;

    private record Snapshot(Map<String, Long> cpuTicks, long loadThreadNanos, Map<String, Long> statements,
                            Map<String, Long> commits, Map<String, Long> queries, long nanoTime) {
    }

    private final EmbeddedSystem system;
    private final DataSource statistics;
    private Snapshot start;
    private Snapshot end;

    /** @param statistics a connection of its own to the system's PostgreSQL (any database: the views are global) */
    PhaseCost(EmbeddedSystem system, DataSource statistics) {
        this.system = system;
        this.statistics = statistics;
    }

    /** Makes pg_stat_statements readable (the system's PostgreSQL preloads it). */
    static void enableStatementCounts(DataSource statistics) {
        try (Connection connection = statistics.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            System.out.println("SQL statement counts unavailable: " + e.getMessage());
        }
    }

    void begin() {
        start = snapshot();
    }

    void finish() {
        end = snapshot();
    }

    /** The phase's cost per operation (e.g. per logged set), as lines for the report. */
    List<String> lines(String perWhat, double operations) {
        List<String> lines = new ArrayList<>();
        if (start == null || end == null || operations <= 0) {
            return lines;
        }
        double seconds = (end.nanoTime() - start.nanoTime()) / 1e9;
        StringBuilder cpu = new StringBuilder("  CPU ms per " + perWhat + ":");
        double total = 0;
        for (String process : end.cpuTicks().keySet()) {
            double millis = (end.cpuTicks().get(process) - start.cpuTicks().getOrDefault(process, 0L)) * 1000.0
                    / CLOCK_TICKS_PER_SECOND;
            if (process.equals("runner")) {
                double load = (end.loadThreadNanos() - start.loadThreadNanos()) / 1e6;
                cpu.append(String.format(" load generator %.2f | Kafka + rest of runner %.2f |", load / operations,
                        (millis - load) / operations));
            } else {
                cpu.append(String.format(" %s %.2f |", process, millis / operations));
            }
            total += millis;
        }
        cpu.append(String.format(" all %.2f (%.2f cores busy of %d)", total / operations, total / 1000 / seconds,
                Runtime.getRuntime().availableProcessors()));
        lines.add(cpu.toString());
        StringBuilder sql = new StringBuilder("  SQL per " + perWhat + ":");
        long allStatements = 0;
        long allCommits = 0;
        for (String database : end.commits().keySet()) {
            long statements = end.statements().getOrDefault(database, 0L)
                    - start.statements().getOrDefault(database, 0L);
            long commits = end.commits().get(database) - start.commits().getOrDefault(database, 0L);
            allStatements += statements;
            allCommits += commits;
            sql.append(String.format(" %s %.2f statements, %.2f commits |", database, statements / operations,
                    commits / operations));
        }
        sql.append(String.format(" all %.2f statements, %.2f commits%s", allStatements / operations,
                allCommits / operations, end.statements().isEmpty() ? " (statement counts unavailable)" : ""));
        lines.add(sql.toString());
        end.queries().entrySet().stream()
                .map(query -> Map.entry(query.getKey(),
                        (query.getValue() - start.queries().getOrDefault(query.getKey(), 0L)) / operations))
                .filter(query -> query.getValue() >= LISTED_PER_OPERATION)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(query -> lines.add(String.format("    %5.2f x %s", query.getValue(), query.getKey())));
        return lines;
    }

    private Snapshot snapshot() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String service : List.of("command-service", "query-service", "analytics")) {
            cpu.put(service, serviceTicks(service));
        }
        cpu.put("PostgreSQL", postgresTicks());
        cpu.put("runner", ticks(ProcessHandle.current().pid(), false));
        Map<String, Long> statements = new TreeMap<>();
        Map<String, Long> commits = new TreeMap<>();
        Map<String, Long> queries = new TreeMap<>();
        try (Connection connection = statistics.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rows = sql.executeQuery("SELECT datname, xact_commit FROM pg_stat_database "
                    + "WHERE datname LIKE 'topset%'")) {
                while (rows.next()) {
                    commits.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("""
                    SELECT d.datname, sum(s.calls) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname LIKE 'topset%' AND s.query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|SELECT 1$)'
                    GROUP BY d.datname""")) {
                while (rows.next()) {
                    statements.put(rows.getString(1), rows.getLong(2));
                }
            } catch (SQLException unavailable) {
                statements.clear();
            }
            // per query, so a cost per set can be traced to what asks it (normalized text, shortened)
            try (ResultSet rows = sql.executeQuery("""
                    SELECT d.datname || ': ' || left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110), sum(s.calls)
                    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname LIKE 'topset%' AND s.query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SET|SHOW|SELECT 1$)'
                    GROUP BY 1""")) {
                while (rows.next()) {
                    queries.put(rows.getString(1), rows.getLong(2));
                }
            } catch (SQLException unavailable) {
                queries.clear();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read PostgreSQL's statistics", e);
        }
        return new Snapshot(cpu, loadThreadNanos(), statements, commits, queries, System.nanoTime());
    }

    private long serviceTicks(String service) {
        try {
            return ticks(system.pid(service), false);
        } catch (IllegalArgumentException notRunning) {
            return 0;
        }
    }

    /** The postmaster with its reaped children, plus every live child (backends, WAL writer, checkpointer). */
    private long postgresTicks() {
        try (Connection connection = statistics.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            Optional<ProcessHandle> postmaster = ProcessHandle.of(row.getLong(1)).flatMap(ProcessHandle::parent);
            if (postmaster.isEmpty()) {
                return 0;
            }
            long total = ticks(postmaster.get().pid(), true);
            for (ProcessHandle child : postmaster.get().descendants().toList()) {
                total += ticks(child.pid(), false);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** utime + stime (fields 14, 15 of /proc/pid/stat), with the reaped children's (16, 17) if asked. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended between listing and reading: its time is in its parent's children fields
        }
    }

    private static long loadThreadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(LOAD_THREADS)) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }
}
