package dev.topset.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Edge limits of every service ({@code topset.security.*}); the JWT key source is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param maxRequestBody larger request bodies are refused with 413 before any controller reads them
 * @param uploadPaths    path patterns (Spring's {@code /athletes/*}{@code /imports} style) of endpoints that take
 *                       files rather than JSON commands; only they get {@code maxUploadBody}, so raising the
 *                       limit for a file import does not raise it for every command
 * @param maxUploadBody  the body limit of the {@code uploadPaths}
 * @param issuer         the {@code iss} every token must name; unset, the {@code issuer-uri} of the key source.
 *                       One of them is required: a service without an expected issuer does not start
 */
@ConfigurationProperties("topset.security")
public record SecurityProperties(@DefaultValue("1MB") DataSize maxRequestBody,
                                 @DefaultValue List<String> uploadPaths,
                                 @DefaultValue("8MB") DataSize maxUploadBody,
                                 String issuer) {
}
