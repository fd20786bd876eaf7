package dev.topset.command.calculator;

import dev.topset.api.training.Load;
import dev.topset.science.coaching.PlatePair;
import dev.topset.science.plates.RoundingDirection;
import java.math.BigDecimal;
import java.util.List;

/**
 * A load rounded to what the plates can make, and how to build it.
 *
 * @param target    what was asked for
 * @param load      what goes on the bar: bar + 2 × plates per side
 * @param increment the smallest jump between loadable weights with these plates
 * @param belowBar  the target was lighter than the bar, which is the lightest load there is
 */
public record PlateCalculation(Load target, Load load, RoundingDirection rounding, Load bar, BigDecimal increment,
                               List<PlatePair> platesPerSide, boolean belowBar) {
}
