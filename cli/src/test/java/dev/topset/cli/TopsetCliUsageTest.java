package dev.topset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    void everyCommandAndSubcommandAnswersHelp() {
        List<String> commands = new ArrayList<>();
        collect(TopsetCli.commandLine(null), List.of(), commands);
        assertThat(commands).contains("log", "correct", "void", "accessory", "session show", "plan set",
                "recommend accept", "recommend dismiss", "login", "import");
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            out.getBuffer().setLength(0);
            assertThat(run(env(), args.toArray(String[]::new))).as(command + " --help: " + err).isZero();
            assertThat(out.toString()).as(command).contains("Usage: topset " + command);
        }
    }

    @Test
    void undoIsVoidOfTheLastSet() {
        assertThat(run(env(), "undo", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: topset void", "Void a logged set");
        assertThat(run(env(), "undo")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("no open session");
    }

    @Test
    void rpeAndRirTogetherAreAUsageError() {
        assertThat(run(env(), "log", "squat", "140x5@8rir2")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("'140x5@8rir2' is not a set", "140x5rir2");
    }

    @Test
    void aMalformedSetIsAUsageErrorNamingTheExpectedShape() {
        assertThat(run(env(), "log", "squat", "140kg5")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("'140kg5' is not a set", "140x5@8");
    }

    @Test
    void aMissingOrMalformedAthleteIsAUsageError() {
        assertThat(run(Map.of("TOPSET_STATE", home.resolve("s").toString(), "TOPSET_CREDENTIALS",
                home.resolve("credentials").toString()), "log", "squat", "140x5@8"))
                .isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("TOPSET_ATHLETE is not set");
        assertThat(run(Map.of("TOPSET_ATHLETE", "sam", "TOPSET_CREDENTIALS", home.resolve("credentials").toString()),
                "recommend")).isEqualTo(TopsetCli.USAGE);
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
        return Map.of("TOPSET_ATHLETE", UUID.randomUUID().toString(), "TOPSET_STATE", home.resolve("s").toString(),
                "TOPSET_CREDENTIALS", home.resolve("credentials").toString());
    }

    private static void collect(CommandLine command, List<String> path, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) {
                return; // picocli's help command; aliases
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            names.add(String.join(" ", subPath));
            collect(sub, subPath, names);
        });
    }

    private int run(Map<String, String> env, String... args) {
        return TopsetCli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
