package dev.topset.analytics.history;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names athletes registered with, as the analytics consumer stored them (see V140__athlete_name.sql). */
@Repository
public class AthleteNames {

    private final JdbcClient jdbc;

    public AthleteNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the athlete is unknown here or registered without a name. */
    public Optional<String> of(UUID athleteId) {
        return jdbc.sql("SELECT name FROM athlete WHERE athlete_id = :athleteId AND name IS NOT NULL")
                .param("athleteId", athleteId)
                .query(String.class)
                .optional();
    }
}
