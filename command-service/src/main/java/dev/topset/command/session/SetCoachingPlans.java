package dev.topset.command.session;

import dev.topset.command.plan.LiftPlans;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Reads the plan a set's coaching follows inside the command's unit of work and hands it out with the
 * {@link SetOutcome}: the read shares the command's transaction (no commit of its own after it) and, for a top set,
 * the read its planned target already made (see {@link LiftPlans#effective}).
 */
@Component
class SetCoachingPlans implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final LiftPlans plans;

    SetCoachingPlans(LiftPlans plans) {
        this.plans = plans;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object answer = chain.proceed();
        if (answer instanceof SetOutcome outcome && outcome.plan() == null && SetFeedback.coached(outcome.result())) {
            SetResult result = outcome.result();
            return outcome.withPlan(plans.effective(outcome.athleteId(), result.set().lift(),
                    result.set().load().unit()));
        }
        return answer;
    }
}
