package dev.topset.command.importing;

import dev.topset.api.training.SetKind;

/**
 * A row with the kind and the topset lift it is imported as.
 *
 * @param bodyweight the lifter moved their body weight without added load (an empty weight, or no load on a
 *                   bodyweight exercise): recorded as load 0 with the BODYWEIGHT flag, not as an unloaded set
 */
record ClassifiedSet(WorkoutRow row, SetKind kind, String lift, boolean bodyweight) {
}
