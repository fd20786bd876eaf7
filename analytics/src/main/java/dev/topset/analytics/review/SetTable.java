package dev.topset.analytics.review;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import dev.topset.api.training.SetKind;
import dev.topset.science.ScienceRuleException;
import dev.topset.science.e1rm.E1rm;
import dev.topset.science.e1rm.E1rmEstimate;
import dev.topset.science.rpe.RpeRir;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import java.util.Optional;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Loads a window's sets into a Tablesaw table, one row per set, with every per-set number the review aggregates:
 * the window index of the set's session, the load converted to the window's unit, effective RPE, the e1RM of top
 * sets (science's standard strategy, the one every service uses) and the set's marks as bits of one column.
 *
 * <p>Only the columns the aggregation reads are built: every numeric Tablesaw column builds its own
 * {@code DecimalFormat} when it is created (benchmark 4's profile), so yes/no facts share one bit column instead of
 * one 0/1 column each, and what follows from other columns (volume, e1RM rank) is computed where it is read.
 */
final class SetTable {

    static final String SESSION = "session";
    static final String POSITION = "position";
    static final String LOAD = "load";
    static final String REPS = "reps";
    static final String RPE = "rpe";
    static final String E1RM = "e1rm";
    static final String MARKS = "marks";

    /** Bits of {@link #MARKS}. */
    static final int TOP = 1;
    static final int TECHNIQUE = 1 << 1;
    static final int PAIN = 1 << 2;
    static final int FAILED = 1 << 3;
    /** A top set at RPE 10 or with a failed rep. */
    static final int TO_FAILURE = 1 << 4;
    /** A backoff set short of the planned reps or with a failed rep. */
    static final int MISSED = 1 << 5;

    private static final BigDecimal FAILURE_RPE = BigDecimal.TEN;

    private final Table table;
    private final String[] e1rmMethods;

    private SetTable(Table table, String[] e1rmMethods) {
        this.table = table;
        this.e1rmMethods = e1rmMethods;
    }

    Table table() {
        return table;
    }

    /** How the e1RM of the set in {@code row} was obtained (RPE_CHART, EPLEY); null without one. */
    String e1rmMethod(int row) {
        return e1rmMethods[row];
    }

    /**
     * @param backoffTargetReps the reps the plan in force at a session (by window index) prescribes a backoff after a
     *                          top set of the given reps (command-service prescribes a wave step's or a double
     *                          progression's backoffs at that session's top-set reps unless the scheme names its own); a
     *                          backoff below them is "missed". Backoffs before any top set of their session are judged
     *                          against {@code planTopReps}.
     */
    static SetTable of(WindowSessions window, LoadUnit unit, IntBinaryOperator backoffTargetReps, int planTopReps) {
        List<AnalyticsSet> sets = window.sets();
        int rows = sets.size();
        int[] session = window.sessionOfSet();
        int[] position = new int[rows];
        double[] load = new double[rows];
        int[] reps = new int[rows];
        double[] rpe = new double[rows];
        double[] e1rm = new double[rows];
        int[] marks = new int[rows];
        String[] methods = new String[rows];
        Map<Integer, Integer> topRepsOfSession = new HashMap<>();
        for (int row = 0; row < rows; row++) {
            AnalyticsSet set = sets.get(row);
            boolean top = set.kind() == SetKind.TOP;
            if (top) {
                topRepsOfSession.put(session[row], set.reps());
            }
            int backoffTarget = backoffTargetReps.applyAsInt(session[row],
                    topRepsOfSession.getOrDefault(session[row], planTopReps));
            Optional<BigDecimal> effort = effectiveRpe(set);
            Optional<E1rmEstimate> estimate = top ? e1rmOf(set) : Optional.empty();
            boolean failedRep = set.hasFlag(SetFlag.FAILED_REP);
            position[row] = set.position();
            load[row] = inUnit(set.load(), unit).doubleValue();
            reps[row] = set.reps();
            rpe[row] = effort.map(BigDecimal::doubleValue).orElse(Double.NaN);
            e1rm[row] = estimate.map(e -> inUnit(e.value(), unit).doubleValue()).orElse(Double.NaN);
            methods[row] = estimate.map(E1rmEstimate::method).orElse(null);
            marks[row] = (top ? TOP : 0)
                    | (set.hasFlag(SetFlag.TECHNIQUE_BREAKDOWN) ? TECHNIQUE : 0)
                    | (set.hasFlag(SetFlag.PAIN) ? PAIN : 0)
                    | (failedRep ? FAILED : 0)
                    | (top && (failedRep || effort.map(value -> value.compareTo(FAILURE_RPE) >= 0).orElse(false))
                    ? TO_FAILURE : 0)
                    | (set.kind() == SetKind.BACKOFF && (failedRep || set.reps() < backoffTarget) ? MISSED : 0);
        }
        Table table = Table.create("sets", IntColumn.create(SESSION, session), IntColumn.create(POSITION, position),
                DoubleColumn.create(LOAD, load), IntColumn.create(REPS, reps), DoubleColumn.create(RPE, rpe),
                DoubleColumn.create(E1RM, e1rm), IntColumn.create(MARKS, marks));
        return new SetTable(table, methods);
    }

    /** Loads in the window's unit at 2 decimals: what the athlete reads, and a stable key for "same load". */
    private static BigDecimal inUnit(Load load, LoadUnit unit) {
        return UnitConverter.convert(load, unit, 2, RoundingMode.HALF_UP).amount();
    }

    private static Optional<BigDecimal> effectiveRpe(AnalyticsSet set) {
        try {
            return RpeRir.effectiveRpe(set.rpe(), set.rir());
        } catch (ScienceRuleException e) {
            // Stored data passed the command side's validation; an off-scale value is treated as unknown
            // rather than failing the whole review.
            return Optional.empty();
        }
    }

    private static Optional<E1rmEstimate> e1rmOf(AnalyticsSet set) {
        if (set.reps() < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(E1rm.standard(set.load(), set.reps(), set.rpe(), set.rir()));
        } catch (ScienceRuleException e) {
            return Optional.empty();
        }
    }
}
