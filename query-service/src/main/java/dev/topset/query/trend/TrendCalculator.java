package dev.topset.query.trend;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetKind;
import dev.topset.science.e1rm.E1rm;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a session's trend entry for one lift from its valid sets. Pure: the same sets always give the
 * same entry, which is what lets the projection simply recompute after every correction or void.
 */
public final class TrendCalculator {

    private static final Logger log = LoggerFactory.getLogger(TrendCalculator.class);

    private TrendCalculator() {
    }

    /** Empty when the lift has no top set in the session: without a top set there is nothing to trend. */
    public static Optional<LiftSessionTrend> compute(List<TrendSet> sets) {
        List<TrendSet> topSets = sets.stream().filter(set -> set.kind() == SetKind.TOP).toList();
        if (topSets.isEmpty()) {
            return Optional.empty();
        }
        List<RatedTopSet> rated = topSets.stream().map(TrendCalculator::rate).toList();
        RatedTopSet best = rated.stream().max(BEST_TOP_SET).orElseThrow();
        LoadUnit unit = best.set().load().unit();

        List<TrendSet> backoffs = sets.stream()
                .filter(set -> set.kind() == SetKind.BACKOFF)
                .sorted(Comparator.comparingInt(TrendSet::performedOrder))
                .toList();
        int backoffReps = backoffs.stream().mapToInt(TrendSet::reps).sum();
        BigDecimal volumeLoad = backoffs.stream()
                .map(set -> in(unit, set.load()).amount().multiply(BigDecimal.valueOf(set.reps())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> backoffRpes = backoffs.stream().map(TrendSet::rpe).filter(rpe -> rpe != null).toList();
        BigDecimal maxRpe = backoffRpes.stream().max(Comparator.naturalOrder()).orElse(null);
        BigDecimal drift = backoffRpes.size() < 2 ? null
                : backoffRpes.get(backoffRpes.size() - 1).subtract(backoffRpes.get(0));

        TrendSet top = best.set();
        E1rmEstimate e1rm = best.e1rm();
        return Optional.of(new LiftSessionTrend(top.load(), top.reps(), top.rpe(), top.rir(), topSets.size(),
                e1rm == null ? null : in(unit, e1rm.value()), e1rm == null ? null : e1rm.method(),
                backoffs.size(), backoffReps, plain(volumeLoad), maxRpe, drift == null ? null : plain(drift)));
    }

    /**
     * The best top set is the one that shows the most strength (highest e1RM); heavier load breaks ties and
     * also decides when no estimate exists. Compared in kg because two devices may log in different units.
     */
    private static final Comparator<RatedTopSet> BEST_TOP_SET = Comparator
            .comparing((RatedTopSet rated) -> rated.e1rmKg(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(rated -> in(LoadUnit.KG, rated.set().load()).amount())
            .thenComparing(rated -> rated.set().reps())
            // the earlier set wins a full tie: it is the one that was planned as the top set
            .thenComparing(rated -> -rated.set().performedOrder());

    private record RatedTopSet(TrendSet set, E1rmEstimate e1rm) {
        BigDecimal e1rmKg() {
            return e1rm == null ? null : in(LoadUnit.KG, e1rm.value()).amount();
        }
    }

    private static RatedTopSet rate(TrendSet set) {
        try {
            return new RatedTopSet(set, E1rm.standard(set.load(), set.reps(), set.rpe(), set.rir()));
        } catch (RuntimeException e) {
            // An estimate outside the science tables must not make the whole session disappear from the trend.
            log.debug("no e1RM for {} x {}: {}", set.load(), set.reps(), e.getMessage());
            return new RatedTopSet(set, null);
        }
    }

    private static Load in(LoadUnit unit, Load load) {
        return load.unit() == unit ? load : UnitConverter.convert(load, unit);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
