package dev.topset.security.devtokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local RSA key pair that signs development tokens. The services only get the public key (a PEM file, the
 * format of Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.public-key-location}); the private
 * key stays in the launcher's data directory so tokens printed once keep working after a restart.
 */
public record DevKeyPair(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";

    public static DevKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new DevKeyPair((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Reads the pair kept in {@code directory}, or generates one and keeps it there (private key owner-only). */
    public static DevKeyPair loadOrCreate(Path directory) {
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        try {
            if (Files.exists(publicFile) && Files.exists(privateFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new DevKeyPair(
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(pem(Files.readString(publicFile)))),
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(Files.readString(privateFile)))));
            }
            DevKeyPair pair = generate();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.privateKey.getEncoded()));
            privateFile.toFile().setReadable(false, false);
            privateFile.toFile().setReadable(true, true);
            pair.writePublicKey(publicFile);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + directory, e);
        }
    }

    /** Writes the public key as an X.509 PEM file and returns the path. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, pem("PUBLIC KEY", publicKey.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }
}
