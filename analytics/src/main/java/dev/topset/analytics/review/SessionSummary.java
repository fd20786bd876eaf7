package dev.topset.analytics.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One session of one lift, as the review sees it. Loads are in the window's unit, 2 decimals.
 *
 * <p>The top-set columns describe the <em>best</em> top set (highest e1RM; heavier load, then the
 * earlier set break ties) — the same choice as query-service's trend, so both views show one number.
 *
 * @param index               0 for the oldest session in the window
 * @param topRpe              effective RPE (logged RPE, else 10 − RIR); null when unknown
 * @param e1rm                science's standard e1RM, null when it cannot be computed
 * @param topSetsToFailure    top sets at RPE 10 or with a failed rep
 * @param volumeLoad          Σ load × reps over the top and backoff sets (the session's work on the lift)
 * @param backoffSetsMissed   backoff sets short of the planned reps or with a failed rep
 * @param backoffLoad         mean backoff load; null without backoffs
 * @param backoffVolumeLoad   Σ load × reps over the backoffs
 * @param backoffRpeMean      mean effective RPE of the backoffs that have one
 * @param backoffRpeMax       highest effective RPE of the backoffs
 * @param backoffRpeDrift     last − first backoff RPE in the order performed; null with fewer than 2 rated backoffs
 * @param techniqueFlags      top and backoff sets flagged TECHNIQUE_BREAKDOWN
 * @param painFlags           top and backoff sets flagged PAIN
 * @param failedReps          top and backoff sets flagged FAILED_REP
 */
public record SessionSummary(int index, UUID sessionId, LocalDate date,
                             BigDecimal topLoad, int topReps, BigDecimal topRpe, BigDecimal e1rm, String e1rmMethod,
                             int topSets, int topSetsToFailure, BigDecimal volumeLoad,
                             int backoffSetsDone, int backoffSetsPlanned, int backoffSetsMissed, int backoffReps,
                             BigDecimal backoffLoad, BigDecimal backoffVolumeLoad, BigDecimal backoffRpeMean,
                             BigDecimal backoffRpeMax,
                             BigDecimal backoffRpeDrift,
                             int techniqueFlags, int painFlags, int failedReps) {

    public SessionRef ref() {
        return new SessionRef(sessionId, date);
    }

    /** Sets whose flags say "this is not a clean data point": technique breakdown, pain or a failed rep. */
    public int warningFlags() {
        return techniqueFlags + painFlags + failedReps;
    }

    /** Every planned backoff set done, none short of its reps. */
    public boolean backoffsComplete() {
        return backoffSetsDone >= backoffSetsPlanned && backoffSetsMissed == 0;
    }
}
