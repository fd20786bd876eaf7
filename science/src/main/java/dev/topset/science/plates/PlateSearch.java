package dev.topset.science.plates;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.science.ScienceRule;
import dev.topset.science.ScienceRuleException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Which plates make one side of the bar: the heaviest-first breakdown that adds up exactly, found as
 * change-making over the available sizes (each in as many pairs as needed), never by plain greedy fill.
 *
 * <p>Greedy is what lifters do and what Strong/Hevy show, and it is exact while every plate is a multiple
 * of the smallest. Real fractional sets break that: with 25…1.25 kg and 0.5 kg plates, 1.5 kg a side is
 * three 0.5s, while greedy takes the 1.25 and is left with 0.25 nobody owns. So the search keeps greedy's
 * order (as many of the heaviest plate as still leaves a makeable rest, then the next size) and asks a
 * table which rests are makeable. For sets where greedy works both give the same plates.
 *
 * <p>The table is small: sizes are counted in units of their greatest common divisor, and once the plates
 * share no divisor every amount from (smallest − 1) × (largest − 1) units up is makeable (the Frobenius
 * bound), so only the amounts below that are tabled.
 */
final class PlateSearch {

    /** Only reachable with absurd sizes (thousandths sharing no divisor): refuse rather than stall. */
    private static final long MAX_TABLE = 10_000_000L;
    private static final int MAX_SCALE = 6;

    private final LoadUnit unit;
    private final List<BigDecimal> plates;
    private final int scale;
    private final long[] sizes;
    /** Per suffix of the sizes (the sizes from i on, lighter than those already decided): what they make. */
    private final Makeable[] lighter;

    /** @param plates positive, distinct, heaviest first */
    PlateSearch(LoadUnit unit, List<BigDecimal> plates) {
        this.unit = unit;
        this.plates = List.copyOf(plates);
        this.scale = plates.stream().mapToInt(p -> Math.max(p.stripTrailingZeros().scale(), 0)).max().orElse(0);
        try {
            this.sizes = plates.stream().mapToLong(this::units).toArray();
        } catch (ArithmeticException e) {
            // Sizes no gym owns (a plate of 10^30, or weighed to 10^-30): a rule violation, not a crash.
            throw new ScienceRuleException(ScienceRule.PLATE_SET, "plate sizes cannot be searched: " + plates);
        }
        this.lighter = new Makeable[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            lighter[i] = new Makeable(Arrays.copyOfRange(sizes, i, sizes.length));
        }
    }

    /** The plates for one side, heaviest first; empty when these sizes cannot add up to {@code perSide}. */
    Optional<List<PlateCount>> perSide(BigDecimal perSide) {
        if (perSide.signum() < 0 || !fitsScale(perSide)) {
            return Optional.empty();
        }
        long remaining = units(perSide);
        if (!lighter[0].test(remaining)) {
            return Optional.empty();
        }
        List<PlateCount> counts = new ArrayList<>();
        for (int i = 0; i < sizes.length && remaining > 0; i++) {
            int count = 0;
            // Take this size while the rest can still be made from it and the lighter sizes.
            while (remaining >= sizes[i] && lighter[i].test(remaining - sizes[i])) {
                remaining -= sizes[i];
                count++;
            }
            if (count > 0) {
                counts.add(new PlateCount(new Load(plates.get(i), unit), count));
            }
        }
        return Optional.of(List.copyOf(counts));
    }

    /** Whether some pairs of these sizes add up to {@code perSide} (positive) on each side. */
    boolean canMake(BigDecimal perSide) {
        return perSide.signum() > 0 && fitsScale(perSide) && lighter[0].test(units(perSide));
    }

    /** Whether the amount can be counted in this search's units at all (finer than every plate cannot be made). */
    private boolean fitsScale(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= scale
                && amount.movePointRight(scale).compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private long units(BigDecimal amount) {
        if (scale > MAX_SCALE) {
            throw new ArithmeticException("finer than " + MAX_SCALE + " decimals");
        }
        return amount.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** The amounts (in units) some sizes add up to, each size used any number of times. */
    private static final class Makeable {

        private final long divisor;
        private final long alwaysFrom;
        private final BitSet below;

        Makeable(long[] sizes) {
            long gcd = 0;
            for (long size : sizes) {
                gcd = BigInteger.valueOf(gcd).gcd(BigInteger.valueOf(size)).longValueExact();
            }
            divisor = gcd;
            long largest = sizes[0] / gcd;
            long smallest = sizes[sizes.length - 1] / gcd;
            // Sizes sharing no divisor make every amount from (smallest − 1)(largest − 1) up (Schur's bound).
            alwaysFrom = (smallest - 1) * (largest - 1);
            if (alwaysFrom > MAX_TABLE) {
                throw new ScienceRuleException(ScienceRule.PLATE_SET,
                        "plate sizes too fine to search, sharing no divisor: " + Arrays.toString(sizes));
            }
            below = new BitSet((int) alwaysFrom + 1);
            below.set(0);
            for (int amount = 1; amount < alwaysFrom; amount++) {
                for (long size : sizes) {
                    long steps = size / gcd;
                    if (steps <= amount && below.get((int) (amount - steps))) {
                        below.set(amount);
                        break;
                    }
                }
            }
        }

        boolean test(long amount) {
            if (amount < 0 || amount % divisor != 0) {
                return false;
            }
            long steps = amount / divisor;
            return steps >= alwaysFrom || below.get((int) steps);
        }
    }
}
