package dev.topset.analytics.rules;

/** One rule the engine asked, in precedence order, and what it answered. */
public record RuleCheck(String rule, boolean fired, String reason) {
}
