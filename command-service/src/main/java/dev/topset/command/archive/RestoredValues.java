package dev.topset.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topset.api.TrainingEvent;
import dev.topset.api.envelope.EventEnvelope;
import dev.topset.api.session.SessionFinished;
import dev.topset.api.session.SessionStarted;
import dev.topset.api.session.SetLogged;
import dev.topset.api.training.TrainingTime;
import dev.topset.command.validation.PlainText;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * The values of a restored event that the edge refuses in a command: times outside {@link TrainingTime} and text
 * that is not {@link PlainText}. An event the store accepts must be one every read model can apply.
 */
final class RestoredValues {

    private RestoredValues() {
    }

    /** "field: message", or null when every value is one a command could carry. */
    static String problem(EventEnvelope envelope, TrainingEvent payload) {
        if (!TrainingTime.contains(envelope.occurredAt())) {
            return "occurredAt: " + TrainingTime.RANGE;
        }
        String time = timeProblem(payload);
        return time != null ? time : textProblem("payload", envelope.payload());
    }

    private static String timeProblem(TrainingEvent payload) {
        if (payload instanceof SessionStarted started) {
            if (!TrainingTime.contains(started.localDate())) {
                return "payload.localDate: " + TrainingTime.DATE_RANGE;
            }
            return optionalTime("payload.startedAt", started.startedAt());
        }
        if (payload instanceof SetLogged logged) {
            return optionalTime("payload.performedAt", logged.performedAt());
        }
        if (payload instanceof SessionFinished finished) {
            return optionalTime("payload.finishedAt", finished.finishedAt());
        }
        return null;
    }

    private static String optionalTime(String field, Instant at) {
        return at == null || TrainingTime.contains(at) ? null : field + ": " + TrainingTime.RANGE;
    }

    private static String textProblem(String path, JsonNode node) {
        if (node.isTextual()) {
            return PlainText.isPlain(node.textValue()) ? null : path + ": " + PlainText.MESSAGE;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String problem = textProblem(path + "." + field.getKey(), field.getValue());
                if (problem != null) {
                    return problem;
                }
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String problem = textProblem(path + "[" + i + "]", node.get(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
