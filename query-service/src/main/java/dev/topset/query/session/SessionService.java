package dev.topset.query.session;

import dev.topset.api.training.Load;
import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.coaching.SessionCoach;
import dev.topset.query.config.SessionQueryProperties;
import dev.topset.query.problem.BadParameterException;
import dev.topset.query.problem.NotFoundException;
import dev.topset.science.coaching.CoachedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Answers session history requests: validates paging, tells unknown ids apart. */
@Service
public class SessionService {

    private final AthleteDirectory athletes;
    private final SessionQueries queries;
    private final SessionQueryProperties properties;
    private final SessionCoach coach;

    public SessionService(AthleteDirectory athletes, SessionQueries queries, SessionQueryProperties properties,
                          SessionCoach coach) {
        this.athletes = athletes;
        this.queries = queries;
        this.properties = properties;
        this.coach = coach;
    }

    public SessionHistory history(UUID athleteId, Integer page, Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (pageNumber < 0) {
            throw new BadParameterException("page", page, "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw new BadParameterException("size", size, "must be between 1 and " + properties.maxPageSize());
        }
        if (!athletes.isKnown(athleteId)) {
            throw new NotFoundException("athlete", athleteId);
        }
        long offset = (long) pageNumber * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw new BadParameterException("page", page, "is too large");
        }
        return new SessionHistory(athleteId, pageNumber, pageSize, queries.countSessions(athleteId),
                queries.sessions(athleteId, (int) offset, pageSize));
    }

    public SessionDetail session(UUID sessionId, boolean includeVoided) {
        SessionDetail detail = queries.session(sessionId, includeVoided)
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        return detail.withLifts(coach.coach(detail.athleteId(), sessionId, start(detail), setsByLift(detail)));
    }

    private static Map<String, List<CoachedSet>> setsByLift(SessionDetail detail) {
        Map<String, List<CoachedSet>> byLift = new LinkedHashMap<>();
        detail.sets().stream().filter(set -> !set.voided()).forEach(set -> byLift
                .computeIfAbsent(set.lift(), lift -> new ArrayList<>())
                .add(new CoachedSet(set.setId(), set.kind(), new Load(set.load(), set.unit()), set.reps(), set.rpe(),
                        set.rir())));
        return byLift;
    }

    /** The session's start (device time); a session seen without its start falls back to its first set. */
    private static Instant start(SessionDetail detail) {
        if (detail.startedAt() != null) {
            return detail.startedAt();
        }
        return detail.sets().stream()
                .map(set -> set.performedAt() != null ? set.performedAt() : set.recordedAt())
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(Instant.now());
    }
}
