package dev.topset.security.devtokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One dev key pair per test JVM: the services under test trust its public key (a temp PEM file) the way the
 * launcher wires them (with {@link #ISSUER} as {@code topset.security.issuer}), and tests mint tokens with its
 * private key. Shared by the services' tests through this
 * module's test-jar.
 */
public final class TestTokens {

    /** What the services under test expect ({@code topset.security.issuer}): not the launcher's. */
    public static final String ISSUER = "topset-test";

    private static final DevKeyPair KEYS = DevKeyPair.generate();
    private static final DevTokens TOKENS = new DevTokens(KEYS, ISSUER);
    private static Path publicKey;

    private TestTokens() {
    }

    public static synchronized String publicKeyLocation() {
        if (publicKey == null) {
            try {
                Path file = Files.createTempFile("topset-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                publicKey = KEYS.writePublicKey(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKey.toUri().toString();
    }

    public static String issuer() {
        return ISSUER;
    }

    public static String athlete(UUID athleteId) {
        return TOKENS.athlete(athleteId);
    }

    public static String service() {
        return TOKENS.withRoles("analytics", "service");
    }

    public static String withRoles(String subject, String... roles) {
        return TOKENS.withRoles(subject, roles);
    }

    /** A correctly signed token: {@link DevTokens#mint} for unusual claims (expired, no athlete_id, ...). */
    public static DevTokens tokens() {
        return TOKENS;
    }

    /** Tokens signed by a key the service does not trust. */
    public static DevTokens foreignTokens() {
        return new DevTokens(DevKeyPair.generate(), ISSUER);
    }
}
