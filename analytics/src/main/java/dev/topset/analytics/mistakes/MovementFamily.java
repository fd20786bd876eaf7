package dev.topset.analytics.mistakes;

import java.util.List;

/**
 * Which movement a lift key belongs to, so that "squat", "paused-squat" and "front-squat" are seen as
 * variations of one movement. Deliberately simple: a key belongs to the first family whose word it
 * contains (squat, bench, deadlift/rdl, overhead/ohp/military press, row); any other key is a family of
 * its own. A wrong guess only affects the variation-hopping flag, never a recommendation.
 */
public final class MovementFamily {

    private record Family(String name, List<String> words) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("squat", List.of("squat")),
            new Family("bench", List.of("bench")),
            new Family("deadlift", List.of("deadlift", "rdl")),
            new Family("overhead-press", List.of("overhead", "ohp", "military")),
            new Family("row", List.of("row")));

    private MovementFamily() {
    }

    public static String of(String liftKey) {
        List<String> words = List.of(liftKey.split("-"));
        return FAMILIES.stream().filter(family -> family.words().stream().anyMatch(words::contains))
                .map(Family::name).findFirst().orElse(liftKey);
    }

    public static boolean sameFamily(String a, String b) {
        return of(a).equals(of(b));
    }
}
