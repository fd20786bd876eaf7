package dev.topset.command.session;

import dev.topset.api.session.FinishSession;
import dev.topset.api.session.StartSession;
import dev.topset.command.athlete.AthleteDirectory;
import dev.topset.command.eventstore.NewIds;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.Rule;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns start/finish bodies into commands, for the single endpoints and /sync alike. */
@Component
public class SessionCommands {

    private final AthleteDirectory athletes;
    private final NewIds newIds;
    private final Clock clock;

    SessionCommands(AthleteDirectory athletes, NewIds newIds, Clock clock) {
        this.athletes = athletes;
        this.newIds = newIds;
        this.clock = clock;
    }

    /**
     * A session belongs to a registered athlete: checked here, the Athlete is another aggregate. Its id must not
     * name another kind of record (whose session it is, the aggregate judges).
     */
    public StartSession start(StartSessionRequest request, String deviceId) {
        if (!athletes.exists(request.athleteId())) {
            throw new NotFoundException(Rule.ATHLETE_NOT_FOUND, "no athlete " + request.athleteId());
        }
        newIds.requireFreeFor(TrainingSession.class, request.sessionId());
        return new StartSession(request.sessionId(), request.athleteId(), request.date(),
                request.startedAt() != null ? request.startedAt() : clock.instant(), request.name(), deviceId,
                request.notes(), request.flags());
    }

    public FinishSession finish(UUID sessionId, FinishSessionRequest request, String deviceId) {
        var finishedAt = request != null && request.finishedAt() != null ? request.finishedAt() : clock.instant();
        return request == null ? new FinishSession(sessionId, finishedAt, deviceId)
                : new FinishSession(sessionId, finishedAt, deviceId, request.notes(), request.flags());
    }
}
