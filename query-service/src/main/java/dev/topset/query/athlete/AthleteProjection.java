package dev.topset.query.athlete;

import dev.topset.api.athlete.AthleteRegistered;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the list of known athletes, so that an unknown athlete id can be told apart from one with no data yet. */
@Component
public class AthleteProjection {

    private final JdbcClient jdbc;

    public AthleteProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void on(AthleteRegistered event, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO athlete_view (athlete_id, name, preferred_unit, registered_at, body_weight_amount,
                                                  body_weight_unit)
                        VALUES (:athleteId, :name, :unit, :recordedAt, :bodyWeight, :bodyWeightUnit)
                        ON CONFLICT (athlete_id) DO UPDATE SET name = EXCLUDED.name, preferred_unit = EXCLUDED.preferred_unit,
                            body_weight_amount = EXCLUDED.body_weight_amount, body_weight_unit = EXCLUDED.body_weight_unit
                        """)
                .param("athleteId", event.athleteId())
                .param("name", event.name())
                .param("unit", event.preferredUnit() == null ? null : event.preferredUnit().name())
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("bodyWeight", event.bodyWeight() == null ? null : event.bodyWeight().amount())
                .param("bodyWeightUnit", event.bodyWeight() == null ? null : event.bodyWeight().unit().name())
                .update();
    }
}
