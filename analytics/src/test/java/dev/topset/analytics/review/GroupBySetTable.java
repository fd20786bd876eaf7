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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loads sets into a Tablesaw table, one row per set, with every per-set number the review aggregates:
 * the load converted to the window's unit, effective RPE, the e1RM of top sets (science's standard
 * strategy, the one every service uses) and 0/1 indicator columns that summing turns into counts.
 */
final class GroupBySetTable {

    static final String SESSION = "session";
    static final String SESSION_ORDER = "session_order";
    static final String DATE = "date";
    static final String LIFT = "lift";
    static final String POSITION = "position";
    static final String KIND = "kind";
    static final String LOAD = "load";
    static final String REPS = "reps";
    static final String RPE = "rpe";
    static final String E1RM = "e1rm";
    /** e1RM with −1 for "none", so a descending sort never puts an unknown estimate first. */
    static final String E1RM_RANK = "e1rm_rank";
    static final String VOLUME = "volume";
    /** 1 on every row: its sum is a count. */
    static final String ONE = "one";
    static final String TECHNIQUE = "technique";
    static final String PAIN = "pain";
    static final String FAILED = "failed";
    static final String TO_FAILURE = "to_failure";
    static final String MISSED = "missed";

    private static final BigDecimal FAILURE_RPE = BigDecimal.TEN;

    private final Table table;
    private final Map<String, String> e1rmMethods;

    private GroupBySetTable(Table table, Map<String, String> e1rmMethods) {
        this.table = table;
        this.e1rmMethods = e1rmMethods;
    }

    Table table() {
        return table;
    }

    /** How the e1RM of the set at {@code position} in {@code session} was obtained (RPE_CHART, EPLEY). */
    String e1rmMethod(String session, int position) {
        return e1rmMethods.get(session + "#" + position);
    }

    /**
     * @param backoffTargetReps the backoff reps the plan prescribes after a top set of the given reps (the latest top
     *                          set of the same lift in the session; {@code planTopReps} before any): fewer is "missed"
     */
    static GroupBySetTable of(List<AnalyticsSet> sets, LoadUnit unit, java.util.function.IntUnaryOperator backoffTargetReps,
                              int planTopReps) {
        StringColumn session = StringColumn.create(SESSION);
        IntColumn sessionOrder = IntColumn.create(SESSION_ORDER);
        DateColumn date = DateColumn.create(DATE);
        StringColumn lift = StringColumn.create(LIFT);
        IntColumn position = IntColumn.create(POSITION);
        StringColumn kind = StringColumn.create(KIND);
        DoubleColumn load = DoubleColumn.create(LOAD);
        IntColumn reps = IntColumn.create(REPS);
        DoubleColumn rpe = DoubleColumn.create(RPE);
        DoubleColumn e1rm = DoubleColumn.create(E1RM);
        DoubleColumn e1rmRank = DoubleColumn.create(E1RM_RANK);
        DoubleColumn volume = DoubleColumn.create(VOLUME);
        IntColumn one = IntColumn.create(ONE);
        IntColumn technique = IntColumn.create(TECHNIQUE);
        IntColumn pain = IntColumn.create(PAIN);
        IntColumn failed = IntColumn.create(FAILED);
        IntColumn toFailure = IntColumn.create(TO_FAILURE);
        IntColumn missed = IntColumn.create(MISSED);

        // Sessions on the same date keep the order in which the caller listed them.
        Map<String, Integer> orderOfSession = new LinkedHashMap<>();
        Map<String, String> methods = new HashMap<>();
        Map<String, Integer> latestTopReps = new HashMap<>();
        for (AnalyticsSet set : sets) {
            String id = set.sessionId().toString();
            if (set.kind() == SetKind.TOP) {
                latestTopReps.put(id + "/" + set.lift(), set.reps());
            }
            int target = backoffTargetReps.applyAsInt(latestTopReps.getOrDefault(id + "/" + set.lift(), planTopReps));
            orderOfSession.putIfAbsent(id, orderOfSession.size());
            double loadInUnit = inUnit(set.load(), unit).doubleValue();
            Optional<BigDecimal> effort = effectiveRpe(set);
            Optional<E1rmEstimate> estimate = set.kind() == SetKind.TOP ? e1rmOf(set) : Optional.empty();
            double e1rmInUnit = estimate.map(e -> inUnit(e.value(), unit).doubleValue()).orElse(Double.NaN);
            estimate.ifPresent(e -> methods.put(id + "#" + set.position(), e.method()));
            boolean failedRep = set.hasFlag(SetFlag.FAILED_REP);

            session.append(id);
            sessionOrder.append(orderOfSession.get(id));
            date.append(set.sessionDate());
            lift.append(set.lift());
            position.append(set.position());
            kind.append(set.kind().name());
            load.append(loadInUnit);
            reps.append(set.reps());
            rpe.append(effort.map(BigDecimal::doubleValue).orElse(Double.NaN));
            e1rm.append(e1rmInUnit);
            e1rmRank.append(Double.isNaN(e1rmInUnit) ? -1 : e1rmInUnit);
            volume.append(loadInUnit * set.reps());
            one.append(1);
            technique.append(indicator(set.hasFlag(SetFlag.TECHNIQUE_BREAKDOWN)));
            pain.append(indicator(set.hasFlag(SetFlag.PAIN)));
            failed.append(indicator(failedRep));
            toFailure.append(indicator(set.kind() == SetKind.TOP
                    && (failedRep || effort.map(value -> value.compareTo(FAILURE_RPE) >= 0).orElse(false))));
            missed.append(indicator(set.kind() == SetKind.BACKOFF && (failedRep || set.reps() < target)));
        }
        Table table = Table.create("sets", session, sessionOrder, date, lift, position, kind, load, reps, rpe, e1rm,
                e1rmRank, volume, one, technique, pain, failed, toFailure, missed);
        return new GroupBySetTable(table, methods);
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

    private static int indicator(boolean value) {
        return value ? 1 : 0;
    }
}
