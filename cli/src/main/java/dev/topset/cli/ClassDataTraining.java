package dev.topset.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The build runs this once under {@code -XX:ArchiveClassesAtExit} to write the class-data archive the
 * {@code topset} launcher script maps at start-up. It runs the commands a lifter types, in one JVM, against a
 * loopback endpoint that answers each with a problem (503), so that the archive holds the classes of a whole round
 * trip: argument parsing, the session file, JSON both ways, HTTP, the error path. It records nothing anywhere.
 */
final class ClassDataTraining {

    private static final byte[] PROBLEM = """
            {"type":"about:blank","title":"Service Unavailable","status":503,"detail":"training run",
             "rule":"TRAINING","errors":[{"field":"set","message":"training run"}]}"""
            .getBytes(StandardCharsets.UTF_8);

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, PROBLEM.length);
            exchange.getResponseBody().write(PROBLEM);
            exchange.close();
        });
        server.start();
        Path home = Files.createTempDirectory("topset-training");
        try {
            String url = "http://localhost:" + server.getAddress().getPort();
            Map<String, String> env = Map.of("TOPSET_URL", url, "TOPSET_QUERY_URL", url, "TOPSET_ANALYTICS_URL", url,
                    "TOPSET_ATHLETE", UUID.randomUUID().toString(), "TOPSET_TOKEN", "training",
                    "TOPSET_STATE", home.resolve("session").toString(),
                    "TOPSET_CREDENTIALS", home.resolve("credentials").toString());
            new SessionState(UUID.fromString(env.get("TOPSET_ATHLETE")), UUID.randomUUID(),
                    LocalDate.now(), Map.of(), List.of()).write(home.resolve("session"), Terminal.newJson());
            for (List<String> command : List.of(List.of("--help"), List.of("log", "--help"),
                    List.of("log", "squat", "140x5@8"), List.of("backoff", "squat", "3x5rir2", "--load", "120"),
                    List.of("correct", "140x4@8.5"), List.of("session", "show"), List.of("trend", "squat"),
                    List.of("recommend"), List.of("plan", "show", "squat"), List.of("log", "squat", "140"))) {
                StringWriter sink = new StringWriter();
                TopsetCli.run(env, new PrintWriter(sink), new PrintWriter(sink), command.toArray(String[]::new));
            }
        } finally {
            server.stop(0);
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
