package dev.topset.command.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topset.api.session.VoidSet;
import dev.topset.command.problem.CommandProblems;
import dev.topset.command.problem.FieldError;
import dev.topset.command.session.CorrectSetRequest;
import dev.topset.command.session.FinishSessionRequest;
import dev.topset.command.session.LogSetRequest;
import dev.topset.command.session.SessionCommands;
import dev.topset.command.session.SetCommands;
import dev.topset.command.session.StartSessionRequest;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads one raw item into its single endpoint's request type with the REST mapper (strict: an unknown field
 * is an error) and validates it with the same annotations, so an item is judged exactly as the single
 * request would be. The type decides which fields are the target (path and header of the single endpoint)
 * and which are the body.
 */
@Component
class SyncItemReader {

    private final ObjectMapper json;
    private final SpringValidatorAdapter validator;
    private final SessionCommands sessionCommands;
    private final SetCommands setCommands;
    private final CommandProblems problems;

    SyncItemReader(ObjectMapper json, Validator validator, SessionCommands sessionCommands, SetCommands setCommands,
                   CommandProblems problems) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
        this.sessionCommands = sessionCommands;
        this.setCommands = setCommands;
        this.problems = problems;
    }

    SyncCommand read(int index, JsonNode raw, String batchDeviceId) {
        if (raw == null || !raw.isObject()) {
            throw rejected(index, null, null, List.of(new FieldError("items[" + index + "]", "must be a JSON object")));
        }
        ObjectNode item = ((ObjectNode) raw).deepCopy();
        SyncItemType type = type(index, item.remove("type"));
        ObjectNode targetFields = json.createObjectNode();
        for (String field : targetFieldsOf(type)) {
            if (item.has(field)) {
                targetFields.set(field, item.remove(field));
            }
        }
        SyncTarget target = convert(index, type, null, targetFields, SyncTarget.class);
        List<FieldError> errors = new ArrayList<>(validate(target));
        return switch (type) {
            case START_SESSION -> {
                StartSessionRequest request = body(index, type, target, item, StartSessionRequest.class, errors);
                yield new SyncCommand(index, type, request.athleteId(), request.sessionId(), null,
                        () -> sessionCommands.start(request, device(target, batchDeviceId)));
            }
            case LOG_SET -> {
                require(target.sessionId(), "sessionId", errors);
                LogSetRequest request = body(index, type, target, item, LogSetRequest.class, errors);
                yield command(index, type, target.sessionId(), request.setId(),
                        () -> setCommands.log(target.sessionId(), request, device(target, batchDeviceId)));
            }
            case CORRECT_SET -> {
                require(target.sessionId(), "sessionId", errors);
                require(target.setId(), "setId", errors);
                CorrectSetRequest request = body(index, type, target, item, CorrectSetRequest.class, errors);
                yield command(index, type, target.sessionId(), target.setId(), () -> setCommands.correct(
                        target.sessionId(), target.setId(), request, device(target, batchDeviceId)));
            }
            case VOID_SET -> {
                require(target.sessionId(), "sessionId", errors);
                require(target.setId(), "setId", errors);
                VoidSetItem request = body(index, type, target, item, VoidSetItem.class, errors);
                yield command(index, type, target.sessionId(), target.setId(), () -> new VoidSet(target.sessionId(),
                        target.setId(), request.reason(), device(target, batchDeviceId), request.expectedRevision()));
            }
            case FINISH_SESSION -> {
                require(target.sessionId(), "sessionId", errors);
                FinishSessionRequest request = body(index, type, target, item, FinishSessionRequest.class, errors);
                yield command(index, type, target.sessionId(), null,
                        () -> sessionCommands.finish(target.sessionId(), request, device(target, batchDeviceId)));
            }
        };
    }

    /** START_SESSION keeps sessionId in its body, as POST /sessions does. */
    private static List<String> targetFieldsOf(SyncItemType type) {
        return switch (type) {
            case START_SESSION -> List.of("deviceId");
            case LOG_SET, FINISH_SESSION -> List.of("sessionId", "deviceId");
            case CORRECT_SET, VOID_SET -> List.of("sessionId", "setId", "deviceId");
        };
    }

    private SyncItemType type(int index, JsonNode type) {
        if (type == null || type.isNull()) {
            throw rejected(index, null, null, List.of(new FieldError("type", "is required")));
        }
        try {
            return SyncItemType.valueOf(type.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw rejected(index, null, null, List.of(new FieldError("type", "must be one of "
                    + Arrays.toString(SyncItemType.values()))));
        }
    }

    /** Reads the body; field errors of target and body are reported together, as one request would have them. */
    private <T> T body(int index, SyncItemType type, SyncTarget target, ObjectNode fields, Class<T> bodyType,
                       List<FieldError> errors) {
        T body = convert(index, type, target, fields, bodyType);
        errors.addAll(validate(body));
        if (!errors.isEmpty()) {
            // Bean Validation reports in no fixed order; a retried batch must get the identical answer
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new ItemRejected(new SyncItemResult(index, type, target.sessionId(), target.setId(),
                    SyncStatus.REJECTED, null, problems.invalid(errors)));
        }
        return body;
    }

    private <T> T convert(int index, SyncItemType type, SyncTarget target, JsonNode fields, Class<T> valueType) {
        try {
            return json.treeToValue(fields, valueType);
        } catch (JsonProcessingException e) {
            UUID setId = target != null && target.setId() != null ? target.setId() : readableId(fields.get("setId"));
            throw new ItemRejected(new SyncItemResult(index, type, target == null ? null : target.sessionId(),
                    setId, SyncStatus.REJECTED, null, problems.invalid(List.of(problems.unreadable(e)))));
        }
    }

    /** The set id of an item whose body cannot be read, if that part is readable: the device matches on it. */
    private static UUID readableId(JsonNode id) {
        try {
            return id != null && id.isTextual() ? UUID.fromString(id.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<FieldError> validate(Object value) {
        var result = new BeanPropertyBindingResult(value, "item");
        validator.validate(value, result);
        return result.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
    }

    private static void require(UUID id, String field, List<FieldError> errors) {
        if (id == null) {
            errors.add(new FieldError(field, "must not be null"));
        }
    }

    private static String device(SyncTarget target, String batchDeviceId) {
        return target.deviceId() != null ? target.deviceId() : batchDeviceId;
    }

    private static SyncCommand command(int index, SyncItemType type, UUID sessionId, UUID setId,
                                       Supplier<Object> command) {
        return new SyncCommand(index, type, null, sessionId, setId, command);
    }

    private ItemRejected rejected(int index, SyncItemType type, UUID sessionId, List<FieldError> errors) {
        return new ItemRejected(new SyncItemResult(index, type, sessionId, null, SyncStatus.REJECTED, null,
                problems.invalid(errors)));
    }
}
