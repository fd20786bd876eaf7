package dev.topset.science.exercise;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which equipment the words of a name state ("Smith Machine", "EZ Bar", "Plate Loaded"), so that matching
 * can look past the equipment an app puts in brackets and inference can read it off an unknown name.
 */
final class EquipmentWords {

    /** The equipment found and the words that named it. */
    record Found(Equipment equipment, Set<String> words) {
    }

    private record Rule(Set<String> words, Equipment equipment) {
    }

    // Longer phrases first: "smith machine" must not also count as MACHINE, nor "trap bar" leave a "bar".
    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("smith", "machine"), Equipment.SMITH_MACHINE),
            new Rule(Set.of("smith"), Equipment.SMITH_MACHINE),
            new Rule(Set.of("trap", "bar"), Equipment.TRAP_BAR),
            new Rule(Set.of("ez", "bar"), Equipment.EZ_BAR),
            new Rule(Set.of("ez"), Equipment.EZ_BAR),
            new Rule(Set.of("safety", "bar"), Equipment.SAFETY_BAR),
            new Rule(Set.of("plate", "loaded"), Equipment.MACHINE),
            new Rule(Set.of("machine", "plate"), Equipment.MACHINE),
            new Rule(Set.of("resistance", "band"), Equipment.BAND),
            new Rule(Set.of("barbell"), Equipment.BARBELL),
            new Rule(Set.of("dumbbell"), Equipment.DUMBBELL),
            new Rule(Set.of("kettlebell"), Equipment.KETTLEBELL),
            new Rule(Set.of("cable"), Equipment.CABLE),
            new Rule(Set.of("machine"), Equipment.MACHINE),
            new Rule(Set.of("band"), Equipment.BAND),
            new Rule(Set.of("bodyweight"), Equipment.BODYWEIGHT),
            new Rule(Set.of("suspension"), Equipment.SUSPENSION),
            new Rule(Set.of("trx"), Equipment.SUSPENSION),
            new Rule(Set.of("plate"), Equipment.PLATE));

    private EquipmentWords() {
    }

    /**
     * The one equipment the words state, or empty when they state none or two that contradict each other
     * ("Dumbbell ... (Barbell)"). "Cable Machine" is a cable: the machine is where the cable runs.
     */
    static Optional<Found> find(Set<String> words) {
        Set<String> left = new HashSet<>(words);
        Set<String> used = new HashSet<>();
        Set<Equipment> found = EnumSet.noneOf(Equipment.class);
        for (Rule rule : RULES) {
            if (left.containsAll(rule.words())) {
                left.removeAll(rule.words());
                used.addAll(rule.words());
                found.add(rule.equipment());
            }
        }
        if (found.equals(EnumSet.of(Equipment.CABLE, Equipment.MACHINE))) {
            return Optional.of(new Found(Equipment.CABLE, Set.copyOf(used)));
        }
        return found.size() == 1 ? Optional.of(new Found(found.iterator().next(), Set.copyOf(used)))
                : Optional.empty();
    }
}
