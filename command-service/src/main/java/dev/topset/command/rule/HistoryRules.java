package dev.topset.command.rule;

import dev.topset.api.TrainingEvent;

/**
 * The rules of one aggregate's commands, judged for events that arrive without a command (a restored history):
 * the stored events of the stream are {@linkplain #recorded taken as they are}, then each new event is
 * {@linkplain #check checked} as the command that would have recorded it and taken.
 */
public interface HistoryRules {

    void recorded(TrainingEvent event);

    /** @throws RuleViolationException when the aggregate could not have recorded this event here */
    void check(TrainingEvent event);
}
