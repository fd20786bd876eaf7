package dev.topset.api.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.api.session.PlannedTopSet;
import dev.topset.api.session.TopSetLogged;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one definition of how an old event payload becomes the next revision, as JSON. Used by command-service's
 * Axon upcaster (events in the event store) and by the topic's consumers (envelopes on the topic, which keeps
 * every old version forever), so the store and the read models can never disagree about an old event.
 *
 * <p>To add a revision: change the event record, raise its {@code @Revision} and its version in
 * {@link EventCatalog}, and register the step from the previous version here. Steps chain: a version-1 payload
 * passes every step up to the current version.
 */
public final class PayloadUpcasting {

    private record Step(String type, int fromVersion) {
    }

    private static final Map<Step, UnaryOperator<ObjectNode>> STEPS = Map.of(
            new Step(EventCatalog.of(TopSetLogged.class).type(), 1), PayloadUpcasting::topSetLoggedWithPlanned);

    private PayloadUpcasting() {
    }

    /** The step from {@code fromVersion} to {@code fromVersion + 1} of {@code type}, if one is registered. */
    public static Optional<UnaryOperator<ObjectNode>> step(String type, int fromVersion) {
        return Optional.ofNullable(STEPS.get(new Step(type, fromVersion)));
    }

    /**
     * The payload in the current version of its type; unchanged when it is current, unknown or not an object.
     * The input is not modified.
     */
    public static JsonNode toCurrent(String type, int version, JsonNode payload) {
        if (!(payload instanceof ObjectNode object)) {
            return payload;
        }
        int current = EventCatalog.byType(type).map(EventCatalog.Entry::schemaVersion).orElse(version);
        ObjectNode upcast = object;
        for (int v = version; v < current; v++) {
            Optional<UnaryOperator<ObjectNode>> step = step(type, v);
            if (step.isEmpty()) {
                throw new IllegalArgumentException("no upcaster from version " + v + " of " + type);
            }
            upcast = step.get().apply(upcast.deepCopy());
        }
        return upcast;
    }

    /** TopSetLogged 1 → 2: the plan of that day was not recorded. */
    static ObjectNode topSetLoggedWithPlanned(ObjectNode v1) {
        ObjectNode planned = JsonNodeFactory.instance.objectNode();
        planned.putNull("target");
        planned.putNull("load");
        planned.put("source", PlannedTopSet.Source.NOT_RECORDED.name());
        v1.set("planned", planned);
        return v1;
    }
}
