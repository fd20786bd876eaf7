package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the services are and who is lifting, from the environment:
 * {@code TOPSET_URL} (command-service, default http://localhost:8081), {@code TOPSET_QUERY_URL} (8082),
 * {@code TOPSET_ANALYTICS_URL} (8083), {@code TOPSET_TOKEN} (sent as a bearer token), {@code TOPSET_ATHLETE}
 * (the athlete id), {@code TOPSET_UNIT} (kg or lb, for loads written without a unit, default kg),
 * {@code TOPSET_STATE} (the current-session file, default ~/.topset/session), {@code TOPSET_CREDENTIALS} (what
 * {@code topset login} stored, default ~/.topset/credentials: token and athlete when the two variables are
 * not set), {@code TOPSET_ISSUER} and {@code TOPSET_CLIENT_ID} (the OpenID provider of {@code topset login}).
 */
record CliSettings(String commandUrl, String queryUrl, String analyticsUrl, String token, String athlete,
                   String defaultUnit, Path stateFile, Path credentialsFile, String issuer, String clientId) {

    static final String DEFAULT_CLIENT_ID = "topset-cli";

    static CliSettings from(Map<String, String> env, ObjectMapper json) {
        String home = System.getProperty("user.home");
        Path credentialsFile = Path.of(env.getOrDefault("TOPSET_CREDENTIALS",
                Path.of(home, ".topset", "credentials").toString()));
        String token = blankToNull(env.get("TOPSET_TOKEN"));
        String athlete = blankToNull(env.get("TOPSET_ATHLETE"));
        if (token == null || athlete == null) {
            Optional<Credentials> stored = Credentials.read(credentialsFile, json);
            if (token == null && stored.isPresent() && stored.get().expired(Instant.now())) {
                throw new UsageException("the login stored in " + credentialsFile + " expired at "
                        + stored.get().expiresAt() + ": run `topset login` again");
            }
            if (stored.isPresent()) {
                token = token != null ? token : stored.get().token();
                athlete = athlete != null || stored.get().athleteId() == null ? athlete
                        : stored.get().athleteId().toString();
            }
        }
        return new CliSettings(
                trimSlash(env.getOrDefault("TOPSET_URL", "http://localhost:8081")),
                trimSlash(env.getOrDefault("TOPSET_QUERY_URL", "http://localhost:8082")),
                trimSlash(env.getOrDefault("TOPSET_ANALYTICS_URL", "http://localhost:8083")),
                token,
                athlete,
                unit(env.getOrDefault("TOPSET_UNIT", "kg")),
                Path.of(env.getOrDefault("TOPSET_STATE", Path.of(home, ".topset", "session").toString())),
                credentialsFile,
                blankToNull(env.get("TOPSET_ISSUER")),
                env.getOrDefault("TOPSET_CLIENT_ID", DEFAULT_CLIENT_ID));
    }

    /** The athlete id; a missing or malformed one is a usage error naming the variable. */
    UUID athleteId() {
        if (athlete == null) {
            throw new UsageException("TOPSET_ATHLETE is not set and no login is stored: run `topset login` or export"
                    + " TOPSET_ATHLETE=<your athlete id>");
        }
        try {
            return UUID.fromString(athlete);
        } catch (IllegalArgumentException e) {
            throw new UsageException("TOPSET_ATHLETE is not an athlete id (a UUID): '" + athlete + "'");
        }
    }

    private static String unit(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "lb", "lbs" -> "LB";
            default -> "KG";
        };
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
