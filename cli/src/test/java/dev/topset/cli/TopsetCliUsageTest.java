package dev.topset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the lifter sees before any service answers: usage errors (exit 2) and an unreachable service (exit 3). */
class TopsetCliUsageTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsTheCommandsAndTheEnvironment() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("log", "backoff", "warmup", "session", "trend", "recommend", "import",
                "TOPSET_TOKEN", "TOPSET_ATHLETE");
    }

    @Test
    void aMalformedSetIsAUsageErrorNamingTheExpectedShape() {
        assertThat(run(env(), "log", "squat", "140kg5")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("'140kg5' is not a set", "140x5@8");
    }

    @Test
    void aMissingOrMalformedAthleteIsAUsageError() {
        assertThat(run(Map.of("TOPSET_STATE", home.resolve("s").toString()), "log", "squat", "140x5@8"))
                .isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("TOPSET_ATHLETE is not set");
        assertThat(run(Map.of("TOPSET_ATHLETE", "sam"), "recommend")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("not an athlete id");
    }

    @Test
    void backoffsWithoutAnOpenSessionOrLoadAreAUsageError() {
        assertThat(run(env(), "backoff", "squat", "3x8@7.5")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("no open session");
    }

    @Test
    void anUnreachableServiceIsExitCode3() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(env());
        env.put("TOPSET_ANALYTICS_URL", "http://localhost:" + closedPort);
        assertThat(run(env, "recommend")).isEqualTo(TopsetCli.UNAVAILABLE);
        assertThat(err.toString()).contains("cannot reach http://localhost:" + closedPort);
    }

    @Test
    void importOfAMissingFileIsAUsageError() {
        assertThat(run(env(), "import", "strong", home.resolve("nope.csv").toString())).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("no such file");
        assertThat(Files.exists(home.resolve("s"))).isFalse();
    }

    private Map<String, String> env() {
        return Map.of("TOPSET_ATHLETE", UUID.randomUUID().toString(), "TOPSET_STATE", home.resolve("s").toString());
    }

    private int run(Map<String, String> env, String... args) {
        return TopsetCli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
