package dev.topset.command.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.security.Caller;

/** Catch-up for devices that logged offline: many commands in one request, one answer per command. */
@RestController
@RequestMapping("/sync")
@Tag(name = "sync", description = "Send commands recorded offline, in order, with a result per command")
public class SyncController {

    private static final URI TOO_LARGE = URI.create("urn:topset:problem:batch-too-large");

    private final SyncApplier applier;
    private final SyncProperties properties;

    SyncController(SyncApplier applier, SyncProperties properties) {
        this.applier = applier;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Apply a batch of commands recorded offline (start, log, correct, void, finish)",
            description = "Items are applied in the order sent, each on its own: the answer is 200 with a result per"
                    + " item (ACCEPTED, ALREADY_APPLIED, REJECTED, CONFLICT, NOT_APPLIED; REJECTED and CONFLICT"
                    + " carry the problem the single endpoint would answer). Sending the same batch again records"
                    + " nothing new: applied items answer ALREADY_APPLIED. At most `topset.sync.max-items` items"
                    + " (default 100), else 413 and nothing is applied. Items are stored together, one transaction for a"
                    + " run of items up to the first whose command fails.")
    public SyncResponse sync(@RequestBody SyncRequest request,
                             @RequestHeader(name = "X-Device-Id", required = false) @Size(max = 64) String deviceId,
                             Caller caller) {
        if (request.items() == null || request.items().isEmpty()) {
            throw new InvalidRequestException("items", "a sync batch needs at least one item");
        }
        if (request.items().size() > properties.maxItems()) {
            throw new BatchTooLarge(request.items().size(), properties.maxItems());
        }
        return applier.apply(request.items(), deviceId, caller);
    }

    @ExceptionHandler(BatchTooLarge.class)
    ProblemDetail tooLarge(BatchTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "a sync batch holds"
                + " at most " + e.maxItems + " items, this one has " + e.items + ": send it in parts, in order");
        problem.setType(TOO_LARGE);
        problem.setTitle("Batch too large");
        problem.setProperty("maxItems", e.maxItems);
        return problem;
    }

    static final class BatchTooLarge extends RuntimeException {
        private final int items;
        private final int maxItems;

        BatchTooLarge(int items, int maxItems) {
            super("batch of " + items + " items, at most " + maxItems, null, false, false);
            this.items = items;
            this.maxItems = maxItems;
        }
    }
}
