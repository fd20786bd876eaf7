package dev.topset.command.monitoring;

import dev.topset.command.rule.ConflictException;
import dev.topset.command.rule.NotFoundException;
import dev.topset.command.rule.RuleViolationException;
import dev.topset.science.ScienceRuleException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Timer {@code topset.commands{command, outcome}}: its count is the commands per second by type, its outcome
 * tells a lifter's mistake ({@code rejected}, {@code not_found}, {@code conflict}) from our failure
 * ({@code error}, e.g. the event store unreachable). Measured at the end of the unit of work, so that a commit
 * that fails counts as the error it is. Axon's own {@code commandBus*} meters (axon-micrometer) only know
 * success and failure.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(u -> sample.stop(timer(command, "accepted")));
        unitOfWork.onRollback(u -> sample.stop(timer(command,
                outcome(u.getExecutionResult() == null ? null : u.getExecutionResult().getExceptionResult()))));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder("topset.commands")
                .description("commands handled, by command type and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry);
    }

    static String outcome(Throwable failure) {
        if (failure instanceof RuleViolationException || failure instanceof ScienceRuleException) {
            return "rejected";
        }
        if (failure instanceof NotFoundException || failure instanceof AggregateNotFoundException) {
            return "not_found";
        }
        if (failure instanceof ConflictException || failure instanceof ConcurrencyException) {
            return "conflict";
        }
        return "error";
    }
}
