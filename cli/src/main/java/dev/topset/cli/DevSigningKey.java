package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local system's token signer, as the launcher keeps it: the RSA private key (PKCS#8 PEM) in
 * {@code <data dir>/keys/jwt-private.pem}, issuer {@code topset-dev}. Tokens follow the services' claim contract
 * ({@code sub}, {@code roles}, {@code athlete_id}), like the launcher's {@code --print-token athlete}.
 */
final class DevSigningKey {

    static final String ISSUER = "topset-dev";
    static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    static final Duration VALIDITY = Duration.ofDays(30);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    private DevSigningKey(PrivateKey key) {
        this.key = key;
    }

    static DevSigningKey read(Path dataDirectory) {
        Path file = dataDirectory.resolve("keys").resolve(PRIVATE_KEY_FILE);
        try {
            String pem = Files.readString(file);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return new DevSigningKey(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (NoSuchFileException e) {
            throw new UsageException("no dev signing key at " + file + ": start the launcher once (it creates the"
                    + " key in its --data-dir), or give --data-dir");
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new UsageException("unreadable dev signing key " + file + ": " + e.getMessage());
        }
    }

    /** An athlete's token, valid {@link #VALIDITY} from {@code now}. */
    String athleteToken(UUID athleteId, Instant now, ObjectMapper json) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "athlete-" + athleteId);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(VALIDITY).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("roles", List.of("athlete"));
        claims.put("athlete_id", athleteId.toString());
        try {
            String signed = URL.encodeToString(json.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                    + URL.encodeToString(json.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
    }
}
