package dev.topset.query.recommendation;

import dev.topset.query.access.ReadAccess;
import dev.topset.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.problem.BadParameterException;
import dev.topset.query.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecommendationController {

    private final JdbcClient jdbc;
    private final AthleteDirectory athletes;
    private final ObjectMapper objectMapper;
    private final ReadAccess access;

    public RecommendationController(JdbcClient jdbc, AthleteDirectory athletes, ObjectMapper objectMapper,
                                    ReadAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.athletes = athletes;
        this.objectMapper = objectMapper;
    }

    @Operation(summary = "The athlete's recommendations with evidence: current (per lift the latest, if still open)"
            + " or all (newest first)")
    @GetMapping("/athletes/{athleteId}/recommendations")
    public AthleteRecommendations recommendations(
            @PathVariable UUID athleteId,
            @Parameter(description = "current (default) or all")
            @RequestParam(required = false, defaultValue = "current") String status, Caller caller) {
        String filter = status.strip().toLowerCase(Locale.ROOT);
        if (!filter.equals("current") && !filter.equals("all")) {
            throw new BadParameterException("status", status, "must be one of [current, all]");
        }
        access.athlete(caller, athleteId);
        if (!athletes.isKnown(athleteId)) {
            throw new NotFoundException("athlete", athleteId);
        }
        String sql = filter.equals("current") ? """
                SELECT * FROM (
                    SELECT DISTINCT ON (lift) * FROM recommendation WHERE athlete_id = :athleteId
                    ORDER BY lift, issued_at DESC, issue_order DESC) latest
                WHERE status = 'ISSUED' ORDER BY lift
                """ : """
                SELECT * FROM recommendation WHERE athlete_id = :athleteId
                ORDER BY issued_at DESC, issue_order DESC
                """;
        List<RecommendationView> views = jdbc.sql(sql).param("athleteId", athleteId).query(this::view).list();
        return new AthleteRecommendations(athleteId, filter, views);
    }

    private RecommendationView view(ResultSet rs, int row) throws SQLException {
        return new RecommendationView(rs.getObject("recommendation_id", UUID.class), rs.getString("lift"),
                rs.getString("type"), rs.getString("advice"), rs.getString("status"), json(rs.getString("changes")),
                json(rs.getString("backoff_load")), EvidenceNumbers.typed(json(rs.getString("evidence"))),
                instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("decided_at")),
                rs.getString("dismiss_reason"));
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
