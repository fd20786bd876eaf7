package dev.topset.query.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topset.api.training.Load;
import dev.topset.api.training.SetKind;
import dev.topset.cli.TopsetCli;
import dev.topset.query.support.QueryServiceIntegrationTest;
import dev.topset.query.support.SessionScript;
import dev.topset.security.devtokens.TestTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/** `topset session show` against the real query-service: the session as recorded, sets numbered for --set. */
class CliSessionViewIntegrationTest extends QueryServiceIntegrationTest {

    @LocalServerPort
    int port;

    @TempDir
    Path home;

    @Test
    void theSessionViewNumbersTheSetsAndMarksCorrectedAndVoidedOnes() {
        UUID athlete = registeredAthlete();
        SessionScript session = session(athlete).start(LocalDate.of(2026, 11, 23), "Lower A");
        session.top("squat", Load.kg("140"), 5, "8");
        UUID twice = session.backoff("squat", Load.kg("122.5"), 5, "7.5");
        session.backoff("squat", Load.kg("122.5"), 5, "8");
        session.voidSet(twice, SetKind.BACKOFF);
        session.publish();
        awaitCaughtUp();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli(athlete, out, err, "session", "show", "--session", session.sessionId().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("session " + session.sessionId() + " 2026-11-23 Lower A (open)",
                "#1   top       squat              140 kg x 5 @ 8",
                "#3   backoff   squat              122.5 kg x 5 @ 8").doesNotContain("VOIDED");

        out = new StringWriter();
        assertThat(cli(athlete, out, err, "session", "show", "--voided")).isZero();
        assertThat(out.toString()).contains("#2   backoff   squat              122.5 kg x 5 @ 7.5  VOIDED (logged twice)");

        assertThat(cli(UUID.randomUUID(), new StringWriter(), err, "session", "show", "--session",
                session.sessionId().toString())).isEqualTo(1);
        assertThat(err.toString()).containsPattern("error 40[34]");
    }

    private int cli(UUID athlete, StringWriter out, StringWriter err, String... args) {
        Map<String, String> env = Map.of("TOPSET_QUERY_URL", "http://localhost:" + port,
                "TOPSET_ATHLETE", athlete.toString(), "TOPSET_TOKEN", TestTokens.athlete(athlete),
                "TOPSET_STATE", home.resolve("session").toString(),
                "TOPSET_CREDENTIALS", home.resolve("credentials").toString());
        return TopsetCli.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
