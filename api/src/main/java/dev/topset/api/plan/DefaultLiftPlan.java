package dev.topset.api.plan;

import dev.topset.api.training.LoadUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The plan a lift follows until the athlete stores one — the middle of the method:
 * <ul>
 *   <li>top set: 1 × 5 at RPE 7–9;</li>
 *   <li>backoffs: 3 sets at −12.5 % (the middle of the usual 10–15 %), same reps as the top set, stop
 *       above RPE 9 or more than 2 reps short;</li>
 *   <li>progression: linear by the smallest loadable jump;</li>
 *   <li>loading: the standard bar and plates of the unit (20 kg bar, 25–1.25 kg plates, 2.5 kg jumps;
 *       45 lb bar, 45–2.5 lb plates, 5 lb jumps).</li>
 * </ul>
 * The drop and the plates are the science module's defaults ({@code BackoffCalculator.DEFAULT_DROP_PERCENT},
 * {@code PlateSet.standard}); api cannot depend on science, so a command-service test keeps them equal.
 */
public final class DefaultLiftPlan {

    public static final int TOP_SET_REPS = 5;
    public static final BigDecimal TOP_SET_RPE_MIN = new BigDecimal("7");
    public static final BigDecimal TOP_SET_RPE_MAX = new BigDecimal("9");
    public static final int TOP_SETS = 1;
    public static final BigDecimal BACKOFF_DROP_PERCENT = new BigDecimal("12.5");
    public static final int BACKOFF_SETS = 3;
    public static final BigDecimal BACKOFF_RPE_CAP = new BigDecimal("9");
    public static final int BACKOFF_REP_TOLERANCE = 2;

    private DefaultLiftPlan() {
    }

    public static LiftPlan forUnit(LoadUnit unit) {
        Loading loading = standardLoading(unit);
        return new LiftPlan(
                defaultTopSet(),
                defaultBackoff(),
                Progression.linear(loading.increment()),
                loading,
                null);
    }

    public static TopSetTarget defaultTopSet() {
        return new TopSetTarget(TOP_SET_REPS, TOP_SET_RPE_MIN, TOP_SET_RPE_MAX, TOP_SETS);
    }

    public static BackoffScheme defaultBackoff() {
        return BackoffScheme.percentDrop(BACKOFF_DROP_PERCENT, null, BACKOFF_SETS, BACKOFF_RPE_CAP,
                BACKOFF_REP_TOLERANCE);
    }

    /** The standard bar and plates of a unit, with the finest jump they allow. */
    public static Loading standardLoading(LoadUnit unit) {
        return switch (Objects.requireNonNull(unit, "unit")) {
            case KG -> new Loading(LoadUnit.KG, new BigDecimal("20"),
                    decimals("25", "20", "15", "10", "5", "2.5", "1.25"), new BigDecimal("2.5"));
            case LB -> new Loading(LoadUnit.LB, new BigDecimal("45"),
                    decimals("45", "35", "25", "10", "5", "2.5"), new BigDecimal("5"));
        };
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
