package dev.topset.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where the services are and who is lifting, from the environment:
 * {@code TOPSET_URL} (command-service, default http://localhost:8081), {@code TOPSET_QUERY_URL} (8082),
 * {@code TOPSET_ANALYTICS_URL} (8083), {@code TOPSET_TOKEN} (sent as a bearer token), {@code TOPSET_ATHLETE}
 * (the athlete id), {@code TOPSET_UNIT} (kg or lb, for loads written without a unit, default kg) and
 * {@code TOPSET_STATE} (the current-session file, default ~/.topset/session).
 */
record CliSettings(String commandUrl, String queryUrl, String analyticsUrl, String token, String athlete,
                   String defaultUnit, Path stateFile) {

    static CliSettings from(Map<String, String> env) {
        String home = System.getProperty("user.home");
        return new CliSettings(
                trimSlash(env.getOrDefault("TOPSET_URL", "http://localhost:8081")),
                trimSlash(env.getOrDefault("TOPSET_QUERY_URL", "http://localhost:8082")),
                trimSlash(env.getOrDefault("TOPSET_ANALYTICS_URL", "http://localhost:8083")),
                blankToNull(env.get("TOPSET_TOKEN")),
                blankToNull(env.get("TOPSET_ATHLETE")),
                unit(env.getOrDefault("TOPSET_UNIT", "kg")),
                Path.of(env.getOrDefault("TOPSET_STATE", Path.of(home, ".topset", "session").toString())));
    }

    /** The athlete id; a missing or malformed one is a usage error naming the variable. */
    UUID athleteId() {
        if (athlete == null) {
            throw new UsageException("TOPSET_ATHLETE is not set: export TOPSET_ATHLETE=<your athlete id>");
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
