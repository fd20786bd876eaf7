package dev.topset.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Edge limits of every service ({@code topset.security.*}); the JWT key source is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param maxRequestBody larger request bodies are refused with 413 before any controller reads them
 */
@ConfigurationProperties("topset.security")
public record SecurityProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
