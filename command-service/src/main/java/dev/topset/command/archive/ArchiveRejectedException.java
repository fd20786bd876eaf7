package dev.topset.command.archive;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The history cannot be restored; nothing was appended. */
class ArchiveRejectedException extends RuntimeException {

    /** Why: the file is malformed (400), disagrees with the stored events (409), or breaks a rule (422). */
    enum Refusal {
        INVALID(HttpStatus.BAD_REQUEST, "urn:topset:problem:validation", "Invalid event history"),
        CONFLICT(HttpStatus.CONFLICT, "urn:topset:problem:conflict", "Conflicts with recorded state"),
        RULE(HttpStatus.UNPROCESSABLE_ENTITY, "urn:topset:problem:rule-violation", "Breaks a training rule");

        final HttpStatus status;
        final String type;
        final String title;

        Refusal(HttpStatus status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final transient List<LineError> errors;
    private final Refusal refusal;

    ArchiveRejectedException(String message, List<LineError> errors, Refusal refusal) {
        super(message);
        this.errors = List.copyOf(errors);
        this.refusal = refusal;
    }

    List<LineError> errors() {
        return errors;
    }

    Refusal refusal() {
        return refusal;
    }
}
