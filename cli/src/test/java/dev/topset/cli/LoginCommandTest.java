package dev.topset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `topset login --dev`: a token signed with the launcher's key, kept owner-only and used by every command. */
class LoginCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private KeyPair keys;

    @BeforeEach
    void launcherDataDirectory() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        keys = rsa.generateKeyPair();
        Path keyDirectory = Files.createDirectories(home.resolve("data").resolve("keys"));
        // the launcher's DevKeyPair writes PKCS#8 PEM
        Files.writeString(keyDirectory.resolve("jwt-private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void aDevLoginStoresATokenTheServicesVerifyWithTheLaunchersPublicKey() throws Exception {
        UUID athlete = UUID.randomUUID();

        assertThat(run(Map.of(), "login", "--dev", "--data-dir", home.resolve("data").toString(), "--athlete",
                athlete.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("logged in as athlete " + athlete, "issuer topset-dev");
        Path credentials = home.resolve("credentials");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        JsonNode stored = new ObjectMapper().readTree(credentials.toFile());
        String[] jwt = stored.path("token").asText().split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.getPublic());
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(claims.path("iss").asText()).isEqualTo("topset-dev");
        assertThat(claims.path("sub").asText()).isEqualTo("athlete-" + athlete);
        assertThat(claims.path("athlete_id").asText()).isEqualTo(athlete.toString());
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("athlete");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(30L * 24 * 3600);

        CliSettings settings = CliSettings.from(env(Map.of()), Terminal.newJson());
        assertThat(settings.token()).isEqualTo(stored.path("token").asText());
        assertThat(settings.athleteId()).isEqualTo(athlete);
        assertThat(CliSettings.from(env(Map.of("TOPSET_TOKEN", "other")), Terminal.newJson()).token())
                .isEqualTo("other");

        assertThat(run(Map.of(), "logout")).isZero();
        assertThat(Files.exists(credentials)).isFalse();
    }

    @Test
    void aDevLoginWithoutAnAthleteIsTheLaunchersDemoLifter() {
        assertThat(run(Map.of(), "login", "--dev", "--data-dir", home.resolve("data").toString())).isZero();
        assertThat(out.toString()).contains("logged in as athlete " + UUID.nameUUIDFromBytes(
                "topset-demo:demo-athlete".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutTheLaunchersKeyOrAnIssuerLoginIsAUsageError() {
        assertThat(run(Map.of(), "login", "--dev", "--data-dir", home.resolve("nowhere").toString()))
                .isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("no dev signing key at", "start the launcher once");
        assertThat(run(Map.of(), "login")).isEqualTo(TopsetCli.USAGE);
        assertThat(err.toString()).contains("give --dev (the local system) or --issuer");
        assertThat(Files.exists(home.resolve("credentials"))).isFalse();
    }

    private Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("TOPSET_STATE", home.resolve("session").toString(),
                "TOPSET_CREDENTIALS", home.resolve("credentials").toString()));
        env.putAll(extra);
        return env;
    }

    private int run(Map<String, String> extra, String... args) {
        return TopsetCli.run(env(extra), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
