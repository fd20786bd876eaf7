package dev.topset.command.sync;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The query parameters of {@code DELETE /sessions/{id}/sets/{setId}}, as the body of a VOID_SET item. */
record VoidSetItem(@Size(max = 200) String reason, @Min(1) Integer expectedRevision) {
}
