package dev.topset.analytics.rules;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recommendation analytics issued earlier for the same athlete × lift, and what the athlete did with it (from the
 * RecommendationIssued / Accepted / Dismissed / Superseded events). The fatigue ladder reads it to know which rung
 * was already tried.
 *
 * @param type      the recommendation type as issued ("REDUCE_BACKOFF_VOLUME")
 * @param rule      the rule that fired
 * @param rung      the ladder rung the evidence named (null for advice issued before the ladder existed)
 * @param decidedOn the date of the accept / dismiss (null while undecided)
 */
public record PastAdvice(UUID recommendationId, String type, String rule, FatigueLadder.Rung rung, LocalDate issuedOn,
                         Status status, LocalDate decidedOn) {

    public enum Status {
        ISSUED,
        ACCEPTED,
        DISMISSED,
        SUPERSEDED
    }

    public boolean accepted() {
        return status == Status.ACCEPTED && decidedOn != null;
    }

    public boolean is(RecommendationType recommendationType) {
        return recommendationType.name().equals(type);
    }
}
