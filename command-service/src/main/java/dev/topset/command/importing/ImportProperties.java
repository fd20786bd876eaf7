package dev.topset.command.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFileSize largest export accepted (larger uploads are 413)
 * @param zone        the time zone of the apps' local wall-clock times, unless the request names one
 * @param lifts       exercise name key (lower case, words joined by '-': "Squat (Barbell)" → squat-barbell) →
 *                    topset lift; exercises not listed are imported as accessory sets under their own name
 * @param jobThreads      imports that record at the same time (more wait for a thread)
 * @param progressTimeout longest an SSE stream of an import's progress stays open
 */
@Validated
@ConfigurationProperties("topset.import")
public record ImportProperties(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("UTC") ZoneId zone,
                               Map<String, String> lifts, @DefaultValue("2") @Min(1) @Max(16) int jobThreads,
                               @DefaultValue("30m") Duration progressTimeout) {

    public ImportProperties {
        lifts = lifts == null ? Map.of() : Map.copyOf(lifts);
    }
}
