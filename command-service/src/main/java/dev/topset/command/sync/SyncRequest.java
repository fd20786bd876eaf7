package dev.topset.command.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A batch of commands recorded offline, in the order the device recorded them. Items stay raw JSON until
 * each is read on its own, so that one malformed item is rejected alone instead of failing the batch.
 */
public record SyncRequest(
        @ArraySchema(arraySchema = @Schema(description = "commands, each with \"type\" (START_SESSION, LOG_SET,"
                + " CORRECT_SET, VOID_SET, FINISH_SESSION), its ids and the fields of its single endpoint"),
                schema = @Schema(type = "object", example = "{\"type\":\"LOG_SET\",\"sessionId\":"
                        + "\"5b1c7f0e-3c1b-4d0c-9d43-7f2f0c2a9a11\",\"deviceId\":\"watch\",\"setId\":"
                        + "\"9f8d2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"kind\":\"TOP\",\"lift\":\"squat\",\"load\":140,"
                        + "\"unit\":\"KG\",\"reps\":5,\"rpe\":8}"))
        @JsonDeserialize(contentUsing = ExactJsonTree.class) List<JsonNode> items) {
}
