package dev.topset.command.exercise;

import dev.topset.api.training.LiftName;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.command.validation.PlainText;
import dev.topset.science.exercise.ExerciseCatalogue;
import dev.topset.science.exercise.ExerciseMatch;
import dev.topset.science.exercise.ExerciseMatcher;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks aliases as sent and resolves each target to the key its sets are stored under: a catalogue key
 * ({@code front-squat}), a catalogue name in any of its spellings ("Front Squat (Barbell)"), or a key of the
 * athlete's own ({@code ring-row}). Each bad entry is a 400 naming it.
 */
final class AliasTargets {

    static final int MAX_ALIASES = 500;
    static final int MAX_NAME_LENGTH = 100;

    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final ExerciseMatcher MATCHER = new ExerciseMatcher(CATALOGUE);

    private AliasTargets() {
    }

    static Map<String, String> resolve(Map<String, String> sent) {
        if (sent.size() > MAX_ALIASES) {
            throw new InvalidRequestException("aliases", "at most " + MAX_ALIASES + " aliases, got " + sent.size());
        }
        Map<String, String> resolved = new TreeMap<>();
        sent.forEach((alias, target) -> {
            String field = "aliases['" + alias + "']";
            if (alias.length() > MAX_NAME_LENGTH || !PlainText.isPlain(alias) || LiftName.slug(alias).isEmpty()) {
                throw new InvalidRequestException(field, "an app's exercise name of 1-" + MAX_NAME_LENGTH
                        + " characters with a letter or digit");
            }
            if (target == null || target.length() > MAX_NAME_LENGTH || !PlainText.isPlain(target)) {
                throw new InvalidRequestException(field, "must name a lift: a key such as front-squat or a"
                        + " catalogue exercise such as \"Front Squat (Barbell)\"");
            }
            String key = keyOf(target).orElseThrow(() -> new InvalidRequestException(field,
                    "'" + target + "' is neither a catalogue exercise nor a lift key (lower case words joined by"
                            + " '-', e.g. ring-row)"));
            try {
                // the matcher an import builds from the stored aliases must accept each of them
                new ExerciseMatcher(CATALOGUE, Map.of(alias, key));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, e.getMessage());
            }
            resolved.put(alias.strip(), key);
        });
        return resolved;
    }

    private static Optional<String> keyOf(String target) {
        String trimmed = target.strip();
        if (CATALOGUE.exercise(trimmed).isPresent()) {
            return Optional.of(trimmed);
        }
        Optional<ExerciseMatch> named = MATCHER.match(trimmed).filter(ExerciseMatch::known);
        if (named.isPresent()) {
            return Optional.of(named.get().key());
        }
        return LiftName.isValidKey(trimmed) ? Optional.of(trimmed) : Optional.empty();
    }
}
