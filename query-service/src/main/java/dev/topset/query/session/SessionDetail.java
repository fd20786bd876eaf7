package dev.topset.query.session;

import dev.topset.query.coaching.LiftCoaching;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session as logged, with corrections applied; sets in logging order.
 *
 * @param lifts per lift (in order of first appearance): the prescribed backoffs after its last top set and
 *              the guidance its sets triggered, from the athlete's plan; voided sets take no part
 */
public record SessionDetail(UUID sessionId, UUID athleteId, LocalDate date, String name, Instant startedAt,
                            Instant finishedAt, String deviceId, List<LoggedSet> sets, List<LiftCoaching> lifts) {

    public SessionDetail withLifts(List<LiftCoaching> coaching) {
        return new SessionDetail(sessionId, athleteId, date, name, startedAt, finishedAt, deviceId, sets, coaching);
    }
}
