package dev.topset.api.plan;

import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the athlete can put on the bar for this lift: every load the plan prescribes is rounded to it
 * (bar + a multiple of {@code increment}, built from {@code plates} in pairs).
 *
 * @param plates    plate sizes available in pairs, stored heaviest first without duplicates; no multiple
 *                  structure needed (25…1.25 kg with 0.5 kg fractional plates is a real set)
 * @param increment the smallest jump between prescribed loads (e.g. 2.5 kg, or 5 kg with the micro plates
 *                  left in the drawer, or 1 kg from 0.5 kg pairs): one the plates really make, half of it a
 *                  side (science's {@code PlateSet}, checked by command-service)
 */
public record Loading(LoadUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal increment) {

    public Loading {
        bar = PlanValues.plain(bar);
        increment = PlanValues.plain(increment);
        plates = plates == null ? List.of() : plates.stream()
                .filter(Objects::nonNull)
                .map(PlanValues::plain)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
