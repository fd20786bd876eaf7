package dev.topset.command.concurrency;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Makes sure no command is decided on an aggregate older than the event store. Several command-service nodes share
 * one event store but each has its own aggregate cache: a node whose cached session missed the other node's top set
 * would reject a backoff ({@code BACKOFF_NEEDS_TOP_SET}) or call a current revision stale.
 *
 * <p>A decision that appends is already safe: its first event takes the sequence number after the version it was
 * decided on, which the unique (aggregate, sequence) key refuses when another node appended since, and the command is
 * retried on the stored aggregate. So the store is asked only when a command appends nothing — it was refused, or
 * answered as a replay — with one indexed {@code max(sequenceNumber)}, compared with the version the aggregate had
 * when its unit of work first touched it (the commands of a sync batch share a unit of work and see each other's
 * not yet stored events). A stale answer becomes a {@link StaleAggregateException} and the command is retried.
 */
class FreshAggregateCheck implements HandlerEnhancerDefinition {

    /** Resource of the root unit of work: per aggregate, the version it had when the unit of work first ran on it. */
    private static final String FIRST_SEEN = FreshAggregateCheck.class.getName() + ".firstSeen";
    /** The version of an aggregate already found current in this unit of work. */
    private static final Long CHECKED = -2L;

    private final ObjectProvider<EventStorageEngine> storage;

    FreshAggregateCheck(ObjectProvider<EventStorageEngine> storage) {
        this.storage = storage;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)
                || original.unwrap(java.lang.reflect.Method.class).isEmpty()) {
            return original; // event handlers and creating constructors need no check
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Decision decision = Decision.start();
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception refused) {
                    if (decision != null) {
                        requireCurrent(decision, refused);
                    }
                    throw refused;
                }
                if (decision != null && Objects.equals(decision.versionBefore(), AggregateLifecycle.getVersion())) {
                    requireCurrent(decision, null); // nothing appended: no unique key guards this answer
                }
                return result;
            }
        };
    }

    private void requireCurrent(Decision decision, Exception refused) {
        if (CHECKED.equals(decision.firstSeen().get(decision.aggregateId()))) {
            return;
        }
        Long decidedOn = decision.firstSeen().get(decision.aggregateId());
        Optional<Long> stored = storage.getObject().lastSequenceNumberFor(decision.aggregateId());
        if (stored.isPresent() && stored.get() > decidedOn) {
            StaleAggregateException stale = new StaleAggregateException(decision.aggregateId(), decidedOn, stored.get());
            if (refused != null) {
                stale.addSuppressed(refused);
            }
            throw stale;
        }
        decision.firstSeen().put(decision.aggregateId(), CHECKED);
    }

    /** A command about to run on a stored aggregate, with the unit of work's memory of that aggregate. */
    private record Decision(String aggregateId, Long versionBefore, Map<String, Long> firstSeen) {

        static Decision start() {
            if (!AggregateLifecycle.isLive() || AggregateLifecycle.getVersion() == null) {
                return null; // a new aggregate (create-if-missing): the append decides
            }
            if (!(Scope.describeCurrentScope() instanceof AggregateScopeDescriptor scope)) {
                return null;
            }
            String id = String.valueOf(scope.getIdentifier());
            Long version = AggregateLifecycle.getVersion();
            Map<String, Long> firstSeen = CurrentUnitOfWork.isStarted()
                    ? CurrentUnitOfWork.get().root().getOrComputeResource(FIRST_SEEN, key -> new HashMap<>())
                    : new HashMap<>();
            firstSeen.putIfAbsent(id, version);
            return new Decision(id, version, firstSeen);
        }
    }
}
