package dev.topset.command.concurrency;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Sends a command into the unit of work (and transaction) the caller started for several commands: a sync run, an
 * imported workout. Never retried, unlike the application's {@link CommandGateway}: a retry runs on another thread,
 * outside that unit of work, so the caller decides what a failed command means for the others and sends it again on
 * its own.
 */
@Component
public class JoinedCommands {

    private final CommandGateway gateway;

    JoinedCommands(CommandBus commandBus,
                   List<MessageDispatchInterceptor<? super CommandMessage<?>>> dispatchInterceptors) {
        this.gateway = DefaultCommandGateway.builder().commandBus(commandBus)
                .dispatchInterceptors(dispatchInterceptors).build();
    }

    /**
     * @return the handler's answer; throws when the command failed (its own nested unit of work rolled back, the
     *         commands sent before it are intact)
     */
    public <R> R send(Object command) {
        return gateway.sendAndWait(command);
    }
}
