package dev.topset.analytics.rules;

/** One named rule of the review. Rules are stateless; the engine asks them in precedence order. */
public interface ReviewRule {

    /** The name shown in evidence; the class name, so a coach can find the code. */
    default String name() {
        return getClass().getSimpleName();
    }

    RuleOutcome evaluate(ReviewContext context);
}
