package dev.topset.command.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.topset.command.rule.Rule;

/**
 * A line of an uploaded event history that cannot be restored; {@code field} names the envelope field,
 * {@code rule} the training or consistency rule the event breaks (absent for a malformed line or a conflict).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineError(long line, String field, String message, Rule rule) {

    LineError(long line, String field, String message) {
        this(line, field, message, null);
    }
}
