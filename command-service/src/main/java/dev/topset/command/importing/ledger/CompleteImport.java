package dev.topset.command.importing.ledger;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every planned set was sent: how many were recorded new and how many had been stored before. */
public record CompleteImport(@TargetAggregateIdentifier UUID importId, int setsRecorded, int setsReplayed) {
}
