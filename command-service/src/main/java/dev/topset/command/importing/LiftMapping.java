package dev.topset.command.importing;

import dev.topset.api.training.LiftName;
import dev.topset.science.exercise.ExerciseCatalogue;
import dev.topset.science.exercise.ExerciseMatch;
import dev.topset.science.exercise.ExerciseMatcher;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which exercise an app's exercise name is: the exercise catalogue (the names Strong and Hevy ship, in any word
 * order, case and punctuation), with {@code topset.import.lifts} as the deployment's own aliases asked first. A
 * name neither knows is an exercise of its own under its key, in any script.
 */
@Component
class LiftMapping {

    private final ExerciseMatcher matcher;

    LiftMapping(ImportProperties properties) {
        Map<String, String> aliases = new HashMap<>();
        properties.lifts().forEach((exercise, lift) -> aliases.put(exercise, LiftName.key(lift)));
        this.matcher = new ExerciseMatcher(ExerciseCatalogue.standard(), aliases);
    }

    /** Empty only for a name without a letter or digit, which names nothing. */
    Optional<ExerciseMatch> exerciseOf(String appName) {
        return matcher.match(appName);
    }
}
