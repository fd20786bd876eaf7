package dev.topset.analytics.support;

import dev.topset.analytics.review.AnalyticsSet;
import dev.topset.api.training.LoadUnit;
import dev.topset.api.training.SetFlag;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes rows the way the analytics consumer will: athlete, sessions, sets (voided ones included). */
public final class StoredHistory {

    private final JdbcClient jdbc;

    StoredHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StoredHistory athlete(UUID athleteId, LoadUnit preferredUnit) {
        jdbc.sql("INSERT INTO athlete (athlete_id, preferred_unit) VALUES (:id, :unit)")
                .param("id", athleteId).param("unit", preferredUnit.name()).update();
        return this;
    }

    public StoredHistory log(TrainingLog log) {
        Set<UUID> sessions = new HashSet<>(jdbc.sql("SELECT session_id FROM training_session WHERE athlete_id = :id")
                .param("id", log.athleteId()).query(UUID.class).list());
        for (AnalyticsSet set : log.sets()) {
            if (sessions.add(set.sessionId())) {
                jdbc.sql("INSERT INTO training_session (session_id, athlete_id, local_date) VALUES (:s, :a, :d)")
                        .param("s", set.sessionId()).param("a", set.athleteId()).param("d", set.sessionDate()).update();
            }
            insert(set, false);
        }
        return this;
    }

    /** A set that was logged and then voided: stored, but never reviewed. */
    public StoredHistory voided(AnalyticsSet set) {
        insert(set, true);
        return this;
    }

    private void insert(AnalyticsSet set, boolean voided) {
        jdbc.sql("""
                        INSERT INTO logged_set (set_id, session_id, athlete_id, position, kind, lift, load_amount,
                            load_unit, reps, rpe, rir, flags, voided)
                        VALUES (:id, :session, :athlete, :position, :kind, :lift, :amount, :unit, :reps, :rpe, :rir,
                            CAST(:flags AS TEXT[]), :voided)
                        """)
                .param("id", UUID.randomUUID())
                .param("session", set.sessionId())
                .param("athlete", set.athleteId())
                .param("position", set.position())
                .param("kind", set.kind().name())
                .param("lift", set.lift())
                .param("amount", set.load().amount())
                .param("unit", set.load().unit().name())
                .param("reps", set.reps())
                .param("rpe", set.rpe())
                .param("rir", set.rir())
                .param("flags", set.flags().stream().map(SetFlag::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("voided", voided)
                .update();
    }
}
