package dev.topset.analytics.report;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whom a report is about: the athlete's name where analytics knows it, else a short id (the first eight hex digits
 * of the UUID, as git shortens a commit), which is enough to tell a handful of athletes apart on a page.
 */
public record ReportedAthlete(UUID id, Optional<String> name) {

    public ReportedAthlete {
        Objects.requireNonNull(id, "id");
        name = name.map(String::strip).filter(text -> !text.isEmpty());
    }

    public static ReportedAthlete of(UUID id, Optional<String> name) {
        return new ReportedAthlete(id, name);
    }

    /** How the page names the athlete: "Sam Lifter", or "athlete 3f2a9c1e". */
    public String label() {
        return name.orElse("athlete " + shortId(id));
    }

    /** The first eight hex digits of an id. */
    public static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
