package dev.topset.command.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxItems the most commands one {@code POST /sync} may carry; a larger batch is refused whole with
 *                 413 before anything is applied (a device sends its offline log in parts)
 */
@Validated
@ConfigurationProperties("topset.sync")
public record SyncProperties(@DefaultValue("100") @Min(1) @Max(1000) int maxItems) {
}
