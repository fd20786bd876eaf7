package dev.topset.api.envelope;

import dev.topset.api.TrainingEvent;
import dev.topset.api.athlete.AthleteRegistered;
import dev.topset.api.gym.CoachAdded;
import dev.topset.api.gym.CoachRemoved;
import dev.topset.api.gym.ConsentChanged;
import dev.topset.api.gym.ConsentRevoked;
import dev.topset.api.gym.GymCreated;
import dev.topset.api.gym.MemberInvited;
import dev.topset.api.gym.MemberJoined;
import dev.topset.api.gym.MemberLeft;
import dev.topset.api.plan.LiftPlanAdjusted;
import dev.topset.api.plan.LiftPlanSet;
import dev.topset.api.recommendation.RecommendationAccepted;
import dev.topset.api.recommendation.RecommendationDismissed;
import dev.topset.api.recommendation.RecommendationIssued;
import dev.topset.api.recommendation.RecommendationSuperseded;
import dev.topset.api.session.AccessorySetLogged;
import dev.topset.api.session.BackoffSetLogged;
import dev.topset.api.session.DropSetLogged;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetCorrected;
import dev.topset.api.session.SetVoided;
import dev.topset.api.session.TopSetLogged;
import dev.topset.api.session.WarmupSetLogged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The published event types and their current schema versions. Consumers resolve an envelope's
 * {@code type} here; an unknown type is skipped by consumers (a newer producer), never guessed.
 *
 * <p>The versions must match the {@code @Revision} of each event class (checked by a test in
 * command-service, which is the only module that has Axon on its classpath).
 */
public final class EventCatalog {

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();

    static {
        register(AthleteRegistered.class, 1);
        register(SessionStarted.class, 1);
        register(WarmupSetLogged.class, 1);
        register(TopSetLogged.class, 2);
        register(BackoffSetLogged.class, 1);
        register(DropSetLogged.class, 1);
        register(AccessorySetLogged.class, 1);
        register(SetCorrected.class, 1);
        register(SetVoided.class, 1);
        register(SessionFinished.class, 1);
        register(LiftPlanSet.class, 1);
        register(LiftPlanAdjusted.class, 1);
        register(RecommendationIssued.class, 1);
        register(RecommendationAccepted.class, 1);
        register(RecommendationDismissed.class, 1);
        register(RecommendationSuperseded.class, 1);
        register(GymCreated.class, 1);
        register(CoachAdded.class, 1);
        register(CoachRemoved.class, 1);
        register(MemberInvited.class, 1);
        register(MemberJoined.class, 1);
        register(ConsentChanged.class, 1);
        register(ConsentRevoked.class, 1);
        register(MemberLeft.class, 1);
    }

    public record Entry(String type, Class<? extends TrainingEvent> eventClass, int schemaVersion) {
    }

    private EventCatalog() {
    }

    private static void register(Class<? extends TrainingEvent> eventClass, int schemaVersion) {
        BY_TYPE.put(eventClass.getSimpleName(), new Entry(eventClass.getSimpleName(), eventClass, schemaVersion));
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Entry of(Class<?> eventClass) {
        Entry entry = BY_TYPE.get(eventClass.getSimpleName());
        if (entry == null || entry.eventClass() != eventClass) {
            throw new IllegalArgumentException("not a published event type: " + eventClass.getName());
        }
        return entry;
    }

    public static Iterable<Entry> all() {
        return BY_TYPE.values();
    }
}
