package dev.topset.command.importing;

import dev.topset.api.training.LiftName;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Which topset lift an app's exercise is ({@code topset.import.lifts}), if it is one of the tracked lifts. */
@Component
class LiftMapping {

    private final ImportProperties properties;

    LiftMapping(ImportProperties properties) {
        this.properties = properties;
    }

    /** "Squat (Barbell)" → "squat-barbell": the key of the mapping, and an accessory's lift name. */
    static String exerciseKey(String exercise) {
        String key = exercise.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.length() > LiftName.MAX_LENGTH ? key.substring(0, LiftName.MAX_LENGTH).replaceAll("-+$", "") : key;
    }

    Optional<String> liftOf(String exercise) {
        return Optional.ofNullable(properties.lifts().get(exerciseKey(exercise))).map(LiftName::key);
    }
}
