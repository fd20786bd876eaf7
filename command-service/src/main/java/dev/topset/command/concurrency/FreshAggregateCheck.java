package dev.topset.command.concurrency;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
 * Before an aggregate's command handler decides anything, checks that the aggregate is as new as the
 * event store. Several command-service nodes share one event store but each has its own aggregate cache:
 * without this, a node whose cached session missed the other node's top set would reject a backoff
 * ({@code BACKOFF_NEEDS_TOP_SET}) or call a current revision stale. A write on stale state is already caught
 * by the unique (aggregate, sequence) key; a decision that writes nothing is not, hence this check — one
 * indexed {@code max(sequenceNumber)} per aggregate and unit of work: the commands of a sync run or an imported workout
 * that run in one unit of work hold the aggregate (and its lock) from the first check on, so later commands on it are
 * checked once, and not at all on an aggregate the unit of work created.
 */
class FreshAggregateCheck implements HandlerEnhancerDefinition {

    /** Resource of the root unit of work: the aggregates already found current in it. */
    private static final String CHECKED = FreshAggregateCheck.class.getName() + ".checked";

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
                requireCurrent();
                return super.handle(message, target);
            }
        };
    }

    private void requireCurrent() {
        if (!AggregateLifecycle.isLive() || !(Scope.describeCurrentScope() instanceof AggregateScopeDescriptor scope)) {
            return;
        }
        String id = String.valueOf(scope.getIdentifier());
        Set<String> checked = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(CHECKED, key -> new HashSet<>())
                : new HashSet<>();
        if (checked.contains(id)) {
            return;
        }
        Long version = AggregateLifecycle.getVersion();
        if (version != null) {
            Optional<Long> stored = storage.getObject().lastSequenceNumberFor(id);
            if (stored.isPresent() && stored.get() > version) {
                throw new StaleAggregateException(id, version, stored.get());
            }
        }
        // a new aggregate (create-if-missing) is decided by its first append: whatever another node stores under
        // its id meanwhile fails this unit of work's commit, so the commands after it in the unit need no check
        checked.add(id);
    }
}
