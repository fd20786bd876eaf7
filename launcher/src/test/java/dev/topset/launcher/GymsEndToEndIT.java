package dev.topset.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gyms in the launched system (three service JVMs, real PostgreSQL and Kafka).
 *
 * <p>The walk-through of docs/gyms.md runs as written: the shell block is taken from the document, only the ports and
 * the data directory are adjusted, and every curl must answer 2xx or the status its comment names. A read expected
 * to succeed may be repeated while it answers 404 (a new gym, coach or consent counts once the read side has consumed
 * it, which a person typing the commands never notices); a read expected to be refused is asked once, right after the
 * command before it answered (a revocation holds from its answer on).
 *
 * <p>Revocation is strict: right after RevokeConsent or LeaveGym answered, the coach's very next read of the member in
 * query-service and in analytics is refused, round after round.
 */
class GymsEndToEndIT {

    private static final Path DOC = Path.of("..", "docs", "gyms.md");
    private static final Path LAUNCHER_JAR = Path.of("target", "topset-launcher.jar");
    private static final String LAUNCHER = "java -jar launcher/target/topset-launcher.jar";
    private static final Pattern STATUS_IN_COMMENT = Pattern.compile("#.*\\b([45]\\d\\d)\\b");

    /** Runs one curl; exits the script on an unexpected answer, naming the step. */
    private static final String CHECK = """
            check() {
              local want=$1 retry=$2; shift 2
              local deadline=$((SECONDS + 60)) out code
              while true; do
                out=$("$@" -w '\\n%{http_code}')
                code=${out##*$'\\n'}
                [[ $code == "$want"* ]] && return 0
                if [[ $retry == yes && $code == 404 && $want == 2 && $SECONDS -lt $deadline ]]; then
                  sleep 0.2; continue
                fi
                printf 'step failed (want %s, got %s): %s\\n%s\\n' "$want" "$code" "$*" "$out" >&2
                exit 1
              done
            }
            """;

    private static final int ROUNDS = 15;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static EmbeddedSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = EmbeddedSystem.start(new LaunchSettings(data, Path.of("target", "services"), 0, 0, 0, 0, 0, false,
                "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theDocumentedGymWalkThroughRunsAsWritten() throws Exception {
        assertThat(LAUNCHER_JAR).as("the launcher jar (built in package)").exists();
        List<String> steps = walkThrough(Files.readString(DOC, StandardCharsets.UTF_8));
        assertThat(steps).as("curl steps").hasSizeGreaterThan(20);
        StringBuilder script = new StringBuilder("set -e\n").append(CHECK);
        for (String step : steps) {
            script.append(adjust(step)).append('\n');
        }
        Path file = data.resolve("gyms-walk-through.sh");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
    }

    @Test
    void aRevocationHoldsForTheCoachsVeryNextReadInEveryService() throws Exception {
        UUID gym = UUID.randomUUID();
        UUID athlete = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        CommandClient member = new CommandClient(system.commandUrl(), "phone", system.tokens().athlete(athlete));
        CommandClient admin = new CommandClient(system.commandUrl(), "web",
                system.tokens().withRoles("revocation-admin", "gym_admin"));
        String coach = system.tokens().withRoles("revocation-coach", "coach");
        member.post("/athletes", Map.of("athleteId", athlete, "name", "Rae", "preferredUnit", "LB"));
        member.post("/sessions", Map.of("sessionId", session, "athleteId", athlete, "date", "2026-11-30"));
        member.post("/sessions/" + session + "/sets", Map.of("setId", UUID.randomUUID(), "kind", "TOP",
                "lift", "squat", "load", 315, "unit", "LB", "reps", 5, "rpe", 8));
        member.post("/sessions/" + session + "/finish", Map.of());
        admin.post("/gyms", Map.of("gymId", gym, "name", "Revocation Gym"));
        admin.post("/gyms/" + gym + "/coaches", Map.of("coach", "revocation-coach"));
        admin.post("/gyms/" + gym + "/invitations", Map.of("athleteId", athlete));
        List<String> reads = List.of(system.queryUrl() + "/athletes/" + athlete + "/lifts/squat/trend",
                system.analyticsUrl() + "/reports/athletes/" + athlete + "/trends.csv",
                system.analyticsUrl() + "/athletes/" + athlete + "/lifts/squat/review");
        for (int round = 0; round < ROUNDS; round++) {
            boolean leave = round == ROUNDS - 1;
            if (round == 0) {
                member.post("/gyms/" + gym + "/members", Map.of("athleteId", athlete, "scope", "TRENDS"));
            } else {
                member.put("/gyms/" + gym + "/members/" + athlete + "/consent", Map.of("scope", "TRENDS"));
            }
            for (String read : reads) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> status(read, coach) == 200);
            }
            if (leave) {
                member.delete("/gyms/" + gym + "/members/" + athlete);
            } else {
                member.delete("/gyms/" + gym + "/members/" + athlete + "/consent");
            }
            for (String read : reads) {
                assertThat(status(read, coach)).as("round %d, right after %s: %s", round,
                        leave ? "LeaveGym" : "RevokeConsent", read).isEqualTo(404);
            }
        }
    }

    private static int status(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The shell block under "## Walk-through", one command per entry (continuation lines joined). */
    static List<String> walkThrough(String doc) {
        String section = doc.substring(doc.indexOf("## Walk-through"));
        int start = section.indexOf("```bash\n") + "```bash\n".length();
        String block = section.substring(start, section.indexOf("\n```", start));
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.lines().toList()) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1);
                continue;
            }
            current.append(line);
            String command = current.toString().strip();
            current.setLength(0);
            if (!command.isEmpty() && !command.startsWith("#")) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** The documented ports and launcher call pointed at this system; each curl wrapped in {@code check}. */
    private static String adjust(String step) {
        String adjusted = step.replace(LAUNCHER, "java -jar " + LAUNCHER_JAR.toAbsolutePath() + " --data-dir "
                        + data.toAbsolutePath())
                .replace("localhost:8081", hostAndPort(system.commandUrl()))
                .replace("localhost:8082", hostAndPort(system.queryUrl()))
                .replace("localhost:8083", hostAndPort(system.analyticsUrl()));
        if (!adjusted.startsWith("curl ")) {
            return adjusted;
        }
        Matcher status = STATUS_IN_COMMENT.matcher(step);
        String want = status.find() ? status.group(1) : "2";
        String retry = step.contains(" -X") ? "no" : "yes";
        return "check " + want + " " + retry + " " + adjusted;
    }

    private static String hostAndPort(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }
}
