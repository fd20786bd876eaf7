package dev.topset.command.importing.ledger;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent after the import's sets were voided: {@code setsVoided} by this undo. */
public record UndoImport(@TargetAggregateIdentifier UUID importId, int setsVoided) {
}
