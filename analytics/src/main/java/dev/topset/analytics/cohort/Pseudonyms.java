package dev.topset.analytics.cohort;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous keys for one export: HMAC-SHA256(export key, id as text), the first 128 bits in hex. Stable per
 * (export key, id), not reversible without the key, and not linkable across different keys. One instance per
 * export thread ({@link Mac} is not thread-safe).
 */
public final class Pseudonyms {

    public static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac mac;

    private Pseudonyms(Mac mac) {
        this.mac = mac;
    }

    public static Pseudonyms withKey(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("an export key needs at least " + MIN_KEY_LENGTH + " characters");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return new Pseudonyms(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public String of(UUID id) {
        byte[] hash = mac.doFinal(id.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }
}
