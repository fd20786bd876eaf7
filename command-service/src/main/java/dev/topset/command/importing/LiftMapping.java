package dev.topset.command.importing;

import dev.topset.api.training.LiftName;
import dev.topset.command.exercise.AthleteAliases;
import dev.topset.science.exercise.ExerciseCatalogue;
import dev.topset.science.exercise.ExerciseMatcher;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which exercise an app's exercise name is, for one athlete: their own aliases ({@code PUT
 * /athletes/{id}/exercises/aliases}) first, then {@code topset.import.lifts} (the deployment's), then the exercise
 * catalogue (the names Strong and Hevy ship, in any word order, case and punctuation). A name none of them knows is
 * an exercise of its own under its key, in any script.
 */
@Component
class LiftMapping {

    private final Map<String, String> deploymentAliases;
    private final AthleteAliases athleteAliases;

    LiftMapping(ImportProperties properties, AthleteAliases athleteAliases) {
        this.deploymentAliases = deploymentAliases(properties);
        this.athleteAliases = athleteAliases;
    }

    ExerciseMatcher forAthlete(UUID athleteId) {
        return matcher(deploymentAliases, athleteAliases.of(athleteId));
    }

    static Map<String, String> deploymentAliases(ImportProperties properties) {
        Map<String, String> aliases = new HashMap<>();
        properties.lifts().forEach((exercise, lift) -> aliases.put(exercise, LiftName.key(lift)));
        return aliases;
    }

    /** The athlete's aliases win over the deployment's for the same name. */
    static ExerciseMatcher matcher(Map<String, String> deployment, Map<String, String> athlete) {
        Map<String, String> merged = new HashMap<>(deployment);
        merged.putAll(athlete);
        return new ExerciseMatcher(ExerciseCatalogue.standard(), merged);
    }
}
