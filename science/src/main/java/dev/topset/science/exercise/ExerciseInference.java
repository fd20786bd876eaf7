package dev.topset.science.exercise;

import static dev.topset.science.exercise.MovementFamily.ARMS;
import static dev.topset.science.exercise.MovementFamily.CARRY;
import static dev.topset.science.exercise.MovementFamily.CONDITIONING;
import static dev.topset.science.exercise.MovementFamily.CORE;
import static dev.topset.science.exercise.MovementFamily.HINGE;
import static dev.topset.science.exercise.MovementFamily.HORIZONTAL_PRESS;
import static dev.topset.science.exercise.MovementFamily.HORIZONTAL_PULL;
import static dev.topset.science.exercise.MovementFamily.ISOLATION_LOWER;
import static dev.topset.science.exercise.MovementFamily.ISOLATION_UPPER;
import static dev.topset.science.exercise.MovementFamily.MOBILITY;
import static dev.topset.science.exercise.MovementFamily.OLYMPIC;
import static dev.topset.science.exercise.MovementFamily.SINGLE_LEG;
import static dev.topset.science.exercise.MovementFamily.SQUAT;
import static dev.topset.science.exercise.MovementFamily.VERTICAL_PRESS;
import static dev.topset.science.exercise.MovementFamily.VERTICAL_PULL;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the name of an exercise the catalogue does not know says about it: "Zercher Good Morning
 * (Barbell)" is a barbell hinge, zercher. Only words that say it outright count; a name that does not
 * say is {@link MovementFamily#UNKNOWN} with {@link Equipment#OTHER}, never a guess.
 */
final class ExerciseInference {

    private record FamilyRule(Set<String> words, MovementFamily family) {
    }

    private record VariationRule(Set<String> words, Variation variation) {
    }

    // First match wins, so the specific phrase comes before the word it contains: a leg curl is not an
    // arm curl, a calf raise on the leg press is not a leg raise, a snatch-grip deadlift is a deadlift,
    // a push press is not a push-up.
    private static final List<FamilyRule> FAMILIES = List.of(
            family(ISOLATION_LOWER, "calf"),
            family(ISOLATION_LOWER, "leg", "curl"), family(ISOLATION_LOWER, "leg", "extension"),
            family(CORE, "leg", "raise"), family(CORE, "knee", "raise"),
            family(HINGE, "deadlift"),
            family(OLYMPIC, "snatch"), family(OLYMPIC, "clean"), family(OLYMPIC, "jerk"),
            family(VERTICAL_PRESS, "push", "press"), family(VERTICAL_PRESS, "overhead", "press"),
            family(VERTICAL_PRESS, "shoulder", "press"), family(VERTICAL_PRESS, "military", "press"),
            family(VERTICAL_PULL, "pulldown"), family(VERTICAL_PULL, "pull", "up"), family(VERTICAL_PULL, "chin", "up"),
            family(HORIZONTAL_PULL, "row"),
            family(SINGLE_LEG, "lunge"), family(SINGLE_LEG, "split", "squat"), family(SINGLE_LEG, "step", "up"),
            family(SINGLE_LEG, "pistol"),
            family(HINGE, "good", "morning"), family(HINGE, "hip", "thrust"),
            family(HINGE, "swing"), family(HINGE, "hyperextension"),
            family(SQUAT, "squat"), family(SQUAT, "leg", "press"),
            family(HORIZONTAL_PRESS, "bench", "press"), family(HORIZONTAL_PRESS, "chest", "press"),
            family(HORIZONTAL_PRESS, "floor", "press"), family(HORIZONTAL_PRESS, "push", "up"),
            family(HORIZONTAL_PRESS, "dip"),
            family(ISOLATION_LOWER, "abduction"), family(ISOLATION_LOWER, "adduction"),
            family(ARMS, "curl"), family(ARMS, "tricep"), family(ARMS, "skullcrusher"), family(ARMS, "pushdown"),
            family(ISOLATION_UPPER, "raise"), family(ISOLATION_UPPER, "fly"), family(ISOLATION_UPPER, "shrug"),
            family(ISOLATION_UPPER, "face", "pull"), family(ISOLATION_UPPER, "pullover"),
            family(CORE, "plank"), family(CORE, "crunch"), family(CORE, "sit", "up"), family(CORE, "twist"),
            family(CARRY, "carry"), family(CARRY, "farmer"),
            family(CONDITIONING, "running"), family(CONDITIONING, "burpee"), family(CONDITIONING, "sprint"),
            family(MOBILITY, "stretch"), family(MOBILITY, "stretching"), family(MOBILITY, "yoga"));

    private static final List<VariationRule> VARIATIONS = List.of(
            variation(Variation.PAUSED, "paused"), variation(Variation.TEMPO, "tempo"),
            variation(Variation.FRONT, "front"), variation(Variation.BOX, "box"),
            variation(Variation.DEFICIT, "deficit"), variation(Variation.BLOCK, "block"),
            variation(Variation.PARTIAL, "partial"), variation(Variation.PARTIAL, "rack", "pull"),
            variation(Variation.PARTIAL, "pin"), variation(Variation.CLOSE_GRIP, "close"),
            variation(Variation.WIDE_GRIP, "wide"), variation(Variation.NEUTRAL_GRIP, "neutral"),
            variation(Variation.REVERSE_GRIP, "reverse", "grip"), variation(Variation.REVERSE_GRIP, "underhand"),
            variation(Variation.SNATCH_GRIP, "snatch", "grip"), variation(Variation.INCLINE, "incline"),
            variation(Variation.DECLINE, "decline"), variation(Variation.HANG, "hang"),
            variation(Variation.POWER, "power"), variation(Variation.SPLIT, "split"),
            variation(Variation.PUSH, "push", "jerk"), variation(Variation.SUMO, "sumo"),
            variation(Variation.ROMANIAN, "romanian"), variation(Variation.STIFF_LEG, "stiff"),
            variation(Variation.STIFF_LEG, "straight", "leg"), variation(Variation.UNILATERAL, "single"),
            variation(Variation.UNILATERAL, "unilateral"), variation(Variation.SEATED, "seated"),
            variation(Variation.ASSISTED, "assisted"), variation(Variation.WEIGHTED, "weighted"),
            variation(Variation.ZERCHER, "zercher"), variation(Variation.SUPPORTED, "supported"));

    private ExerciseInference() {
    }

    /** An exercise under {@code key} with what {@code name} says about it. */
    static Exercise infer(String key, String name) {
        Set<String> words = ExerciseWords.of(name).words();
        MovementFamily family = FAMILIES.stream().filter(rule -> words.containsAll(rule.words()))
                .map(FamilyRule::family).findFirst().orElse(MovementFamily.UNKNOWN);
        Set<Variation> variations = EnumSet.noneOf(Variation.class);
        VARIATIONS.stream().filter(rule -> words.containsAll(rule.words()))
                .forEach(rule -> variations.add(rule.variation()));
        Equipment equipment = EquipmentWords.find(words).map(EquipmentWords.Found::equipment).orElse(Equipment.OTHER);
        return new Exercise(key, name.strip(), family, variations, equipment);
    }

    private static FamilyRule family(MovementFamily family, String... words) {
        return new FamilyRule(Set.of(words), family);
    }

    private static VariationRule variation(Variation variation, String... words) {
        return new VariationRule(Set.of(words), variation);
    }
}
