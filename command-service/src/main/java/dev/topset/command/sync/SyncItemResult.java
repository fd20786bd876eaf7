package dev.topset.command.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.springframework.http.ProblemDetail;

/**
 * The answer to one item, in the order of the request.
 *
 * @param index   the item's position in the request (0-based)
 * @param result  for ACCEPTED / ALREADY_APPLIED: what the single endpoint answers (the set with its revision,
 *                or the session)
 * @param problem otherwise: the problem+json body the single endpoint would answer (status, rule, errors[],
 *                current)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncItemResult(int index, SyncItemType type, UUID sessionId, UUID setId, SyncStatus status,
                             Object result, ProblemDetail problem) {
}
