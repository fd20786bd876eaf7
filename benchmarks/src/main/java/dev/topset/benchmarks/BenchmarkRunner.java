package dev.topset.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.topset.analytics.coach.ReviewProperties;
import dev.topset.benchmarks.analytics.AnalyticsBenchmark;
import dev.topset.benchmarks.analytics.TrainingYear;
import dev.topset.benchmarks.export.ExportBenchmark;
import dev.topset.launcher.EmbeddedSystem;
import dev.topset.launcher.LaunchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "topset-benchmarks", mixinStandardHelpOptions = true,
        description = "Starts the system as the launcher does (throwaway data directory) and measures it "
                + "against baselines taken in the same run on the same PostgreSQL.")
public final class BenchmarkRunner implements Callable<Integer> {

    @Option(names = "--services-dir", defaultValue = "launcher/target/services") Path servicesDirectory;
    @Option(names = "--only", split = ",", defaultValue = "analytics,baseline,floor,ingest,sync,freshness,replay",
            description = "benchmarks to run: baseline, floor, ingest, sync, freshness, replay, cohort, analytics, "
                    + "export (default: ${DEFAULT-VALUE})")
    Set<String> only;
    @Option(names = "--replay-events", defaultValue = "1000000",
            description = "events generated for the replay benchmark (default: ${DEFAULT-VALUE})")
    long replayEvents;
    @Option(names = "--clients", defaultValue = "32") int clients;
    @Option(names = "--sync-sets", defaultValue = "20",
            description = "sets per /sync batch (each batch also starts its session) (default: ${DEFAULT-VALUE})")
    int syncSets;
    @Option(names = "--rate", defaultValue = "1000", description = "offered sets/s for freshness") int rate;
    @Option(names = "--system-warmup", defaultValue = "PT120S",
            description = "unmeasured load before anything is measured: the service JVMs' JIT needs minutes on "
                    + "2 cores (default: ${DEFAULT-VALUE})")
    Duration systemWarmup;
    @Option(names = "--warmup", defaultValue = "PT20S") Duration warmup;
    @Option(names = "--duration", defaultValue = "PT30S") Duration duration;
    @Option(names = "--service-jvm-options", defaultValue = "-Xmx512m -XX:+UseSerialGC")
    String serviceJvmOptions;
    @Option(names = "--cohort-athletes", defaultValue = "10000",
            description = "gym members with a year of training each for the cohort export (default: ${DEFAULT-VALUE})")
    int cohortAthletes;
    @Option(names = "--cohort-weeks", defaultValue = "52") int cohortWeeks;
    @Option(names = "--results", defaultValue = "target/benchmark-results.md") Path results;
    @Option(names = "--athletes", defaultValue = "10000", description = "generated athletes for analytics")
    int athletes;
    @Option(names = "--weeks", defaultValue = "52", description = "weeks of training per athlete and lift")
    int weeks;
    @Option(names = "--seed", defaultValue = "20261123", description = "seed of the generated training")
    long seed;
    @Option(names = "--duckdb-threads", defaultValue = "1",
            description = "DuckDB threads for the analytics baseline (the Tablesaw review runs on one)")
    int duckDbThreads;
    @Option(names = "--export-athletes", defaultValue = "10000",
            description = "athletes whose trend rows the export streams (all --athletes are loaded)")
    int exportAthletes;
    @Option(names = "--sample-every", defaultValue = "97",
            description = "every n-th series is compared number by number between Tablesaw and DuckDB")
    int sampleEvery;
    @Option(names = "--analytics-warmup-series", defaultValue = "2000",
            description = "series the Tablesaw review runs unmeasured before benchmark 4 (JIT warm-up; DuckDB runs "
                    + "its aggregation once unmeasured)")
    int analyticsWarmupSeries;
    @Option(names = "--replay-warmups", defaultValue = "1",
            description = "unmeasured rebuilds (and baseline reads) before benchmark 3's measured pair (JIT warm-up)")
    int replayWarmups;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkRunner()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> lines = new ArrayList<>();
        if (only.contains("analytics")) {
            TrainingYear year = new TrainingYear(seed, athletes, weeks);
            for (String line : new AnalyticsBenchmark(year, ReviewProperties.defaults().windowSessions(),
                    sampleEvery, duckDbThreads, analyticsWarmupSeries).run()) {
                report(lines, line);
            }
        }
        if (only.contains("export")) {
            for (String line : new ExportBenchmark(new TrainingYear(seed, athletes, weeks), exportAthletes).run()) {
                report(lines, line);
            }
        }
        if (only.stream().anyMatch(SYSTEM_BENCHMARKS::contains)) {
            runSystemBenchmarks(lines);
        }
        writeResults(lines);
        return 0;
    }

    /** The benchmarks that need the running system (launcher wiring). */
    private static final Set<String> SYSTEM_BENCHMARKS = Set.of("baseline", "floor", "ingest", "sync", "freshness", "replay",
            "cohort");

    private void runSystemBenchmarks(List<String> lines) throws Exception {
        Path data = Files.createTempDirectory("topset-bench");
        LaunchSettings settings = new LaunchSettings(data, servicesDirectory, 0, 0, 0, 0, 0, false,
                serviceJvmOptions);
        try (EmbeddedSystem system = EmbeddedSystem.start(settings);
             HikariDataSource events = pool(system, "topset_events", clients);
             HikariDataSource query = pool(system, "topset_query", 2);
             // PostgreSQL's statistics, read at the start and end of each phase beside the clients' connections
             HikariDataSource statistics = pool(system, "topset_events", 1)) {
            // The warm-up is for the HTTP benchmarks; the replay brings a million events of its own.
            if (!systemWarmup.isZero() && (only.contains("ingest") || only.contains("freshness"))) {
                System.out.println("warming up the services for " + systemWarmup + " (not measured)");
                new IngestBenchmark(system.commandUrl(), system.tokens(), clients, Duration.ZERO, systemWarmup).run();
            }
            report(lines, "load average (1/5/15 min) at the start: " + LoadAverage.now());
            PhaseCost.enableStatementCounts(statistics);
            Measurement baseline = null;
            if (only.contains("baseline")) {
                PhaseCost cost = new PhaseCost(system, statistics);
                baseline = new RawInsertBaseline(events, clients, warmup, duration).run(cost);
                report(lines, baseline.line());
                cost.lines("row", baseline.operations()).forEach(line -> report(lines, line));
            }
            Measurement floor = null;
            if (only.contains("floor")) {
                PhaseCost cost = new PhaseCost(system, statistics);
                floor = new FrameworkFloor(system, clients, warmup, duration).run(cost);
                report(lines, floor.line());
                cost.lines("set", floor.operations()).forEach(line -> report(lines, line));
                if (baseline != null) {
                    report(lines, String.format("floor / baseline = %.1f %%", ratio(floor, baseline)));
                }
            }
            Measurement ingest = null;
            if (only.contains("ingest")) {
                PhaseCost cost = new PhaseCost(system, statistics);
                ingest = new IngestBenchmark(system.commandUrl(), system.tokens(), clients, warmup, duration).run(cost);
                report(lines, ingest.line());
                cost.lines("set", ingest.operations()).forEach(line -> report(lines, line));
                if (baseline != null) {
                    report(lines, String.format("ingest / baseline = %.1f %% (goal >= 12 %%, p99 <= 100 ms)",
                            ratio(ingest, baseline)));
                }
                if (floor != null) {
                    report(lines, String.format("ingest / framework floor = %.1f %% (goal >= 50 %%)",
                            ratio(ingest, floor)));
                }
            }
            if (only.contains("sync")) {
                PhaseCost cost = new PhaseCost(system, statistics);
                SyncBenchmark benchmark = new SyncBenchmark(system.commandUrl(), system.tokens(), clients, syncSets,
                        warmup, duration);
                Measurement batches = benchmark.run(cost);
                report(lines, batches.line());
                double sets = batches.operations() * (double) syncSets;
                report(lines, String.format("sync: %.0f sets/s in %d-set batches (goal >= 2,000 sets/s)",
                        sets / batches.seconds(), syncSets));
                cost.lines("set", sets).forEach(line -> report(lines, line));
                if (ingest != null) {
                    report(lines, String.format("sync / ingest (sets/s) = %.1fx", sets / batches.seconds()
                            / ingest.perSecond()));
                }
                if (baseline != null) {
                    report(lines, String.format("sync / baseline (sets/s vs rows/s) = %.1f %%",
                            100 * sets / batches.seconds() / baseline.perSecond()));
                }
            }
            if (only.contains("freshness")) {
                for (Measurement freshness : new FreshnessBenchmark(system.commandUrl(), system.tokens(),
                        system.kafkaBootstrapServers(), query, rate, warmup, duration).run()) {
                    report(lines, freshness.line());
                }
                report(lines, "(goal: p99 <= 250 ms)");
            }
            report(lines, "load average (1/5/15 min) after the HTTP benchmarks: " + LoadAverage.now());
            if (only.contains("replay")) {
                lines.addAll(new ReplayBenchmark(system, system.tokens(), query, replayEvents, replayWarmups).run());
            }
            if (only.contains("cohort")) {
                try (HikariDataSource analytics = pool(system, "topset_analytics", 2)) {
                    for (String line : new CohortExportBenchmark(system.analyticsUrl(), system.tokens(), analytics, cohortAthletes,
                            cohortWeeks).run()) {
                        report(lines, line);
                    }
                }
            }
        }
    }

    private static double ratio(Measurement measured, Measurement baseline) {
        return 100 * measured.perSecond() / baseline.perSecond();
    }

    private static HikariDataSource pool(EmbeddedSystem system, String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:" + system.postgresPort() + "/" + database);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static void report(List<String> lines, String line) {
        System.out.println(line);
        lines.add(line);
    }

    private void writeResults(List<String> lines) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        String header = """
                # topset benchmark run %s
                machine: %d cores, %d MiB max heap of the runner, %s %s, Java %s
                settings: clients=%d rate=%d/s system warmup=%s warmup=%s duration=%s service JVM options: %s
                """.formatted(LocalDate.now(), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                clients, rate, systemWarmup, warmup, duration, serviceJvmOptions);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, header + "\n```\n" + String.join("\n", lines) + "\n```\n");
        System.out.println("results written to " + results);
    }
}
