package dev.topset.query.athlete;

import dev.topset.api.athlete.AthleteRegistered;
import java.sql.Timestamp;
import java.time.Instant;
import dev.topset.query.ingest.PendingWrites;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the list of known athletes, so that an unknown athlete id can be told apart from one with no data yet. */
@Component
public class AthleteProjection {

    private final PendingWrites registrations;

    public AthleteProjection(NamedParameterJdbcTemplate jdbc) {
        this.registrations = new PendingWrites(jdbc, """
                INSERT INTO athlete_view (athlete_id, name, preferred_unit, registered_at, body_weight_amount,
                                          body_weight_unit)
                VALUES (:athleteId, :name, :unit, :recordedAt, :bodyWeight, :bodyWeightUnit)
                ON CONFLICT (athlete_id) DO UPDATE SET name = EXCLUDED.name, preferred_unit = EXCLUDED.preferred_unit,
                    body_weight_amount = EXCLUDED.body_weight_amount, body_weight_unit = EXCLUDED.body_weight_unit
                """);
    }

    public void on(AthleteRegistered event, Instant recordedAt) {
        registrations.add(new MapSqlParameterSource()
                .addValue("athleteId", event.athleteId())
                .addValue("name", event.name())
                .addValue("unit", event.preferredUnit() == null ? null : event.preferredUnit().name())
                .addValue("recordedAt", Timestamp.from(recordedAt))
                .addValue("bodyWeight", event.bodyWeight() == null ? null : event.bodyWeight().amount())
                .addValue("bodyWeightUnit", event.bodyWeight() == null ? null : event.bodyWeight().unit().name()));
    }

    /** Writes the batch's registrations as one JDBC batch, in stream order. */
    public void flush() {
        registrations.flush();
    }
}
