package dev.topset.command.concurrency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retries of a command that lost a race for its aggregate (another node appended first, or this node's
 * cached aggregate was behind the event store).
 *
 * @param maxRetries how often one command is retried before the device gets a 409 "concurrent change"
 * @param backoff    the first pause; it doubles with each retry
 * @param threads    threads that run retried commands (a retry does not hold the request thread's slot)
 */
@Validated
@ConfigurationProperties("topset.commands.retry")
public record CommandRetryProperties(@DefaultValue("8") @Min(0) @Max(20) int maxRetries,
                                     @DefaultValue("10ms") @NotNull Duration backoff,
                                     @DefaultValue("4") @Min(1) @Max(64) int threads) {
}
