package dev.topset.command.importing;

import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize largest export accepted (larger uploads are 413)
 * @param zone        the time zone of the apps' local wall-clock times, unless the request names one
 * @param lifts       exercise name key (lower case, words joined by '-': "Squat (Barbell)" → squat-barbell) →
 *                    topset lift; exercises not listed are imported as accessory sets under their own name
 */
@ConfigurationProperties("topset.import")
public record ImportProperties(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("UTC") ZoneId zone,
                               Map<String, String> lifts) {

    public ImportProperties {
        lifts = lifts == null ? Map.of() : Map.copyOf(lifts);
    }
}
