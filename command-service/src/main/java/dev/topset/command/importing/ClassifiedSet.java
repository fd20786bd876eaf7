package dev.topset.command.importing;

import dev.topset.api.training.SetKind;

/** A row with the kind and the topset lift it is imported as. */
record ClassifiedSet(WorkoutRow row, SetKind kind, String lift) {
}
