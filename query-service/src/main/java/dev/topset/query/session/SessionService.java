package dev.topset.query.session;

import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.config.SessionQueryProperties;
import dev.topset.query.problem.BadParameterException;
import dev.topset.query.problem.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Answers session history requests: validates paging, tells unknown ids apart. */
@Service
public class SessionService {

    private final AthleteDirectory athletes;
    private final SessionQueries queries;
    private final SessionQueryProperties properties;

    public SessionService(AthleteDirectory athletes, SessionQueries queries, SessionQueryProperties properties) {
        this.athletes = athletes;
        this.queries = queries;
        this.properties = properties;
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
        return queries.session(sessionId, includeVoided).orElseThrow(() -> new NotFoundException("session", sessionId));
    }
}
