package dev.topset.query.lift;

import dev.topset.science.exercise.Exercise;
import dev.topset.science.exercise.ExerciseMatcher;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every lift an athlete has logged, most recently trained first. Read through the athlete's sessions (their index)
 * and each session's sets (the (session, lift) index), so no index on set_view by athlete is needed.
 */
@Component
class AthleteLifts {

    private static final ExerciseMatcher EXERCISES = ExerciseMatcher.standard();

    private final JdbcClient jdbc;

    AthleteLifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LiftSummary> of(UUID athleteId) {
        return jdbc.sql("""
                        SELECT s.lift, count(*) AS sets, count(*) FILTER (WHERE s.kind <> 'WARMUP') AS working_sets,
                               count(*) FILTER (WHERE s.kind = 'TOP') AS top_sets,
                               count(DISTINCT v.session_id) AS sessions,
                               min(v.local_date) AS first_date, max(v.local_date) AS last_date
                        FROM session_view v JOIN set_view s ON s.session_id = v.session_id
                        WHERE v.athlete_id = :athleteId AND NOT s.voided
                        GROUP BY s.lift
                        ORDER BY max(v.local_date) DESC, count(*) DESC, s.lift""")
                .param("athleteId", athleteId)
                .query((rs, row) -> summary(athleteId, rs.getString("lift"), rs.getInt("sets"),
                        rs.getInt("working_sets"), rs.getInt("top_sets"), rs.getInt("sessions"),
                        rs.getObject("first_date", LocalDate.class),
                        rs.getObject("last_date", LocalDate.class)))
                .list();
    }

    private static LiftSummary summary(UUID athleteId, String lift, int sets, int workingSets, int topSets,
                                       int sessions, LocalDate first, LocalDate last) {
        var match = EXERCISES.match(lift).orElseThrow(); // a stored key always has a letter or digit
        Exercise exercise = match.exercise();
        return new LiftSummary(lift, exercise.name(), exercise.family().name(),
                exercise.variations().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                exercise.equipment().name(), match.known(), sets, workingSets, topSets, sessions, first, last,
                "/athletes/" + athleteId + "/lifts/" + lift + "/trend");
    }
}
