package dev.topset.query.athlete;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers "do we know this athlete?" for the 404 of the athlete endpoints. */
@Repository
public class AthleteDirectory {

    private final JdbcClient jdbc;

    public AthleteDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An athlete is known once registered or once a session of theirs was seen: the read side must not
     * hide sessions just because the registration event is older than the consumed part of the topic.
     */
    public boolean isKnown(UUID athleteId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM athlete_view WHERE athlete_id = :id)
                            OR EXISTS (SELECT 1 FROM session_view WHERE athlete_id = :id)
                        """)
                .param("id", athleteId)
                .query(Boolean.class)
                .single();
    }
}
