package dev.topset.launcher;

import dev.topset.security.Role;
import dev.topset.security.devtokens.DevKeyPair;
import dev.topset.security.devtokens.DevTokens;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "topset-launcher", mixinStandardHelpOptions = true,
        description = "Starts topset on embedded PostgreSQL and Kafka: command-service, query-service and "
                + "analytics, each in its own JVM. Data is kept in --data-dir across restarts.")
public final class TopsetLauncher implements Callable<Integer> {

    static final String JSON_LOGS = "-Dlogging.structured.format.console=ecs";

    @Option(names = "--data-dir", defaultValue = ".topset-data",
            description = "PostgreSQL data, Kafka logs and service logs (default: ${DEFAULT-VALUE})")
    Path dataDirectory;

    @Option(names = "--services-dir", description = "Directory with the service jars (default: next to this jar)")
    Path servicesDirectory;

    @Option(names = "--demo-data", description = "Load 12 weeks of demo training (once; a replay afterwards)")
    boolean demoData;

    @Option(names = "--postgres-port", defaultValue = "15432") int postgresPort;
    @Option(names = "--kafka-port", defaultValue = "19092") int kafkaPort;
    @Option(names = "--command-port", defaultValue = "8081") int commandPort;
    @Option(names = "--query-port", defaultValue = "8082") int queryPort;
    @Option(names = "--analytics-port", defaultValue = "8083") int analyticsPort;

    @Option(names = "--service-jvm-options", defaultValue = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
            description = "JVM options for each service (default: ${DEFAULT-VALUE})")
    String serviceJvmOptions;

    @Option(names = "--json-logs", description = "Services log structured JSON (Elastic Common Schema, with the "
            + "request id as requestId) instead of plain text")
    boolean jsonLogs;

    @Option(names = "--print-token", paramLabel = "ROLE",
            description = "Print a dev token for ROLE (athlete, coach, gym_admin, analyst, service, admin), signed "
                    + "with the key in --data-dir, and exit")
    String printTokenRole;

    @Option(names = "--athlete", paramLabel = "UUID",
            description = "With --print-token athlete: the athlete_id (default: the demo lifter)")
    UUID tokenAthlete;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TopsetLauncher()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (printTokenRole != null) {
            Role role = Role.fromClaim(printTokenRole.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
                            "unknown role " + printTokenRole
                                    + ": athlete, coach, gym_admin, analyst, service or admin"));
            DevTokens tokens = new DevTokens(DevKeyPair.loadOrCreate(EmbeddedSystem.keyDirectory(dataDirectory)));
            System.out.println(DemoUsers.token(tokens, role, tokenAthlete));
            return 0;
        }
        LaunchSettings settings = new LaunchSettings(dataDirectory, servicesDirectory(), postgresPort, kafkaPort,
                commandPort, queryPort, analyticsPort, demoData, serviceJvmOptions());
        EmbeddedSystem system = EmbeddedSystem.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            stopped.countDown();
        }, "topset-shutdown"));
        if (demoData) {
            new DemoData(system.commandUrl(), DemoUsers.token(system.tokens(), DemoUsers.ALL.get(0)))
                    .load(LocalDate.now(ZoneOffset.UTC));
        }
        System.out.println(ReadyBanner.text(system, demoData));
        stopped.await();
        return 0;
    }

    /** Spring Boot reads its properties from system properties too: one switch for every service JVM. */
    private String serviceJvmOptions() {
        return jsonLogs ? serviceJvmOptions + " " + JSON_LOGS : serviceJvmOptions;
    }

    /**
     * Defaults to {@code services/} next to the launcher jar, where the build copies the service jars.
     * Under {@code java -jar} the class path is exactly that jar (also with Spring Boot's nested loader).
     */
    private Path servicesDirectory() {
        if (servicesDirectory != null) {
            return servicesDirectory;
        }
        String classPath = System.getProperty("java.class.path");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "not started with java -jar: pass --services-dir");
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return jar.getParent().resolve("services");
    }
}
