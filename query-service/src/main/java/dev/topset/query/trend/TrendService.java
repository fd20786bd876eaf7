package dev.topset.query.trend;

import dev.topset.api.training.Load;
import dev.topset.api.training.LiftName;
import dev.topset.api.training.LoadUnit;
import dev.topset.query.athlete.AthleteDirectory;
import dev.topset.query.problem.BadParameterException;
import dev.topset.query.problem.NotFoundException;
import dev.topset.science.units.UnitConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Answers trend requests: resolves the lift's key and converts loads on read (they are stored as logged). */
@Service
public class TrendService {

    private static final int DISPLAY_SCALE = 2;

    private final AthleteDirectory athletes;
    private final TrendQueries queries;

    public TrendService(AthleteDirectory athletes, TrendQueries queries) {
        this.athletes = athletes;
        this.queries = queries;
    }

    public LiftTrend trend(UUID athleteId, String lift, LocalDate from, LocalDate to, LoadUnit unit) {
        String liftKey = liftKey(lift);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", from, "must not be after 'to' (" + to + ")");
        }
        if (!athletes.isKnown(athleteId)) {
            throw new NotFoundException("athlete", athleteId);
        }
        var sessions = queries.sessions(athleteId, liftKey, from, to).stream()
                .map(entry -> unit == null ? entry : in(unit, entry))
                .toList();
        return new LiftTrend(athleteId, liftKey, unit, sessions);
    }

    private static String liftKey(String lift) {
        try {
            return LiftName.typedKey(lift);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("lift", lift, e.getMessage());
        }
    }

    private static SessionTrendEntry in(LoadUnit unit, SessionTrendEntry entry) {
        LoadUnit logged = entry.topSet().unit();
        if (logged == unit) {
            return entry;
        }
        TopSetView top = entry.topSet();
        return new SessionTrendEntry(entry.sessionId(), entry.date(),
                new TopSetView(convert(top.load(), logged, unit), unit, top.reps(), top.rpe(), top.rir()),
                entry.topSetCount(), convert(entry.e1rm(), logged, unit), entry.e1rmMethod(), entry.backoffSets(),
                entry.backoffReps(), convert(entry.backoffVolumeLoad(), logged, unit), entry.maxBackoffRpe(),
                entry.backoffRpeDrift());
    }

    /**
     * Rounded to {@value #DISPLAY_SCALE} decimals: kg → lb never ends (100 kg = 220.462262184878 lb) and
     * nobody loads a bar to a picogram. Volume load (Σ load × reps) converts like a load: the factor is linear.
     */
    private static BigDecimal convert(BigDecimal amount, LoadUnit from, LoadUnit to) {
        return amount == null ? null
                : UnitConverter.convert(new Load(amount, from), to, DISPLAY_SCALE, UnitConverter.ROUNDING).amount();
    }
}
