package dev.topset.command.session;

import dev.topset.api.TrainingEvent;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetLogged;
import dev.topset.api.session.SetVoided;
import dev.topset.api.training.SetKind;
import dev.topset.command.rule.HistoryRules;
import dev.topset.command.rule.Rule;
import dev.topset.command.rule.RuleViolationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The rules of {@link TrainingSession}'s commands, for a restored history of one session. */
public final class SessionHistoryRules implements HistoryRules {

    private UUID athleteId;
    private boolean finished;
    private Instant finishedAt;
    private final Map<UUID, LoggedSet> sets = new LinkedHashMap<>();

    @Override
    public void recorded(TrainingEvent event) {
        if (event instanceof SessionStarted started) {
            athleteId = started.athleteId();
        } else if (event instanceof SetLogged logged) {
            sets.put(logged.setId(), LoggedSet.logged(logged.setId(), logged.kind(), logged.details()));
        } else if (event instanceof SetCorrected corrected) {
            sets.computeIfPresent(corrected.setId(), (id, set) -> set.corrected(corrected.details()));
        } else if (event instanceof SetVoided voided) {
            sets.computeIfPresent(voided.setId(), (id, set) -> set.voidedNow(voided.reason()));
        } else if (event instanceof SessionFinished finish) {
            finished = true;
            finishedAt = finish.finishedAt();
        }
    }

    @Override
    public void check(TrainingEvent event) {
        if (athleteId == null && !(event instanceof SessionStarted)) {
            throw order("a session's history starts with its SessionStarted, not a " + type(event));
        }
        if (event instanceof SessionStarted started) {
            if (athleteId != null) {
                throw new RuleViolationException(Rule.SESSION_ID_REUSED, "session " + started.sessionId()
                        + " was already started");
            }
        } else if (event instanceof SetLogged logged) {
            checkLogged(logged);
        } else if (event instanceof SetCorrected corrected) {
            LoggedSet set = existing(corrected.setId(), corrected.kind(), event);
            if (set.voided()) {
                throw new RuleViolationException(Rule.SET_VOIDED, "set " + set.setId() + " was voided");
            }
            SetValueRules.check(corrected.details());
        } else if (event instanceof SetVoided voided) {
            if (existing(voided.setId(), voided.kind(), event).voided()) {
                throw order("set " + voided.setId() + " was voided already");
            }
        } else if (event instanceof SessionFinished && finished) {
            throw order("the session was finished earlier in this history");
        }
        recorded(event);
    }

    private void checkLogged(SetLogged logged) {
        if (sets.containsKey(logged.setId())) {
            throw new RuleViolationException(Rule.SET_ID_REUSED, "set " + logged.setId()
                    + " is logged earlier in this session");
        }
        // as the aggregate decides: a set performed before the finish may be recorded after it (an offline device)
        if (finished && (finishedAt == null || logged.performedAt() == null
                || logged.performedAt().isAfter(finishedAt))) {
            throw new RuleViolationException(Rule.SESSION_FINISHED, "the session was finished earlier in this"
                    + " history, at " + finishedAt + ": a set performed after the finish cannot be logged in it");
        }
        SetValueRules.check(logged.details());
        TopSetStructure.check(sets.values(), logged.kind(), logged.details().lift());
    }

    private LoggedSet existing(UUID setId, SetKind kind, TrainingEvent event) {
        LoggedSet set = sets.get(setId);
        if (set == null) {
            throw new RuleViolationException(Rule.SET_NOT_FOUND, "the " + type(event) + " names set " + setId
                    + ", which is not logged earlier in this session");
        }
        if (set.kind() != kind) {
            throw order("set " + setId + " was logged as " + set.kind() + ", the " + type(event) + " says " + kind);
        }
        return set;
    }

    private static RuleViolationException order(String message) {
        return new RuleViolationException(Rule.HISTORY_ORDER, message);
    }

    private static String type(TrainingEvent event) {
        return event.getClass().getSimpleName();
    }
}
