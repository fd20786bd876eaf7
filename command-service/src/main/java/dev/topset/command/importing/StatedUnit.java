package dev.topset.command.importing;

import dev.topset.api.training.LoadUnit;

/**
 * The unit of an export's weights as the export itself states it.
 *
 * @param column the header that says it: Hevy's {@code weight_kg} or {@code weight_lbs}, Strong's
 *               {@code Weight Unit} of older exports
 */
record StatedUnit(LoadUnit unit, String column) {
}
