package dev.topset.analytics.history;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.analytics.review.SessionRemarks;
import dev.topset.analytics.review.TopSetLift;
import dev.topset.api.training.LoadUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

/** The set data analytics reviews, as its own consumer stored it. Voided sets never come out of here. */
public interface SetHistory {

    /**
     * Top and backoff sets of {@code lift} in the athlete's last {@code lastN} sessions that have a top set
     * of that lift, oldest session first, sets in logging order.
     */
    List<AnalyticsSet> sessionsOf(UUID athleteId, String lift, int lastN);

    /** Lift keys the athlete has logged at least one top set of, sorted. */
    SortedSet<String> liftsOf(UUID athleteId);

    /** True when the athlete is registered or has logged anything. */
    boolean knows(UUID athleteId);

    Optional<LoadUnit> preferredUnit(UUID athleteId);

    /**
     * Which of {@code lifts} had top sets in the athlete's last {@code lastSessions} sessions with a top set
     * of any of them, oldest session first.
     */
    List<TopSetLift> topSetLifts(UUID athleteId, Collection<String> lifts, int lastSessions);

    /** Notes and flags of the athlete's sessions among {@code sessionIds}; sessions without any are left out. */
    List<SessionRemarks> remarksOf(UUID athleteId, Collection<UUID> sessionIds);
}
