package dev.topset.analytics.history;

import dev.topset.analytics.rules.FatigueLadder;
import dev.topset.analytics.rules.PastAdvice;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lift's earlier recommendations and the athlete's decisions on them (V100: recommendation_history), kept by
 * the analytics consumer from the recommendation events; the fatigue ladder's memory. Every write is safe to repeat.
 */
@Repository
public class AdviceHistory {

    private final JdbcClient jdbc;

    public AdviceHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void issued(UUID recommendationId, UUID athleteId, String lift, String type, String rule, String rung,
                       LocalDate issuedOn) {
        jdbc.sql("""
                        INSERT INTO recommendation_history (recommendation_id, athlete_id, lift, type, rule, rung,
                            issued_on, status)
                        VALUES (:id, :athleteId, :lift, :type, :rule, :rung, :issuedOn, 'ISSUED')
                        ON CONFLICT (recommendation_id) DO NOTHING
                        """)
                .param("id", recommendationId)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .param("type", type)
                .param("rule", rule)
                .param("rung", knownRung(rung))
                .param("issuedOn", Date.valueOf(issuedOn))
                .update();
    }

    /**
     * Accepted, dismissed or superseded; a decision on a recommendation this consumer never saw is ignored. The
     * decision is dated by the athlete's latest session known when it was taken, not by the clock: the ladder asks
     * which sessions came after it, and sessions are dated in the athlete's calendar (an import may date them years
     * back). Without any session, {@code fallback} (the day it was recorded).
     */
    public void decided(UUID recommendationId, UUID athleteId, PastAdvice.Status status, LocalDate fallback) {
        jdbc.sql("""
                        UPDATE recommendation_history SET status = :status,
                            decided_on = COALESCE((SELECT MAX(local_date) FROM training_session
                                                   WHERE athlete_id = :athleteId), :fallback)
                        WHERE recommendation_id = :id
                        """)
                .param("status", status.name())
                .param("athleteId", athleteId)
                .param("fallback", Date.valueOf(fallback))
                .param("id", recommendationId)
                .update();
    }

    /** The lift's recommendations, oldest first. */
    public List<PastAdvice> of(UUID athleteId, String lift) {
        return jdbc.sql("""
                        SELECT recommendation_id, type, rule, rung, issued_on, status, decided_on
                        FROM recommendation_history WHERE athlete_id = :athleteId AND lift = :lift
                        ORDER BY issued_on, recommendation_id
                        """)
                .param("athleteId", athleteId)
                .param("lift", lift)
                .query((rs, row) -> new PastAdvice(rs.getObject("recommendation_id", UUID.class),
                        rs.getString("type"), rs.getString("rule"),
                        rs.getString("rung") == null ? null : FatigueLadder.Rung.valueOf(rs.getString("rung")),
                        rs.getObject("issued_on", LocalDate.class), PastAdvice.Status.valueOf(rs.getString("status")),
                        rs.getObject("decided_on", LocalDate.class)))
                .list();
    }

    /** A rung name a newer producer wrote and this version does not know is stored as none. */
    private static String knownRung(String rung) {
        return Arrays.stream(FatigueLadder.Rung.values()).anyMatch(known -> known.name().equals(rung)) ? rung : null;
    }
}
