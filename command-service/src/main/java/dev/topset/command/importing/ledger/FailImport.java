package dev.topset.command.importing.ledger;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command of the import was refused or the store failed: the sets sent before it stay recorded. */
public record FailImport(@TargetAggregateIdentifier UUID importId, int setsRecorded, int setsReplayed,
                         String reason) {
}
