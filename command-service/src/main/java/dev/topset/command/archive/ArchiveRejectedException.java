package dev.topset.command.archive;

import java.util.List;

/**
 * The history cannot be restored; nothing was appended. {@code conflict} means the lines disagree with events
 * already stored (409), otherwise the file itself is malformed (400).
 */
class ArchiveRejectedException extends RuntimeException {

    private final transient List<LineError> errors;
    private final boolean conflict;

    ArchiveRejectedException(String message, List<LineError> errors, boolean conflict) {
        super(message);
        this.errors = List.copyOf(errors);
        this.conflict = conflict;
    }

    List<LineError> errors() {
        return errors;
    }

    boolean conflict() {
        return conflict;
    }
}
