package dev.topset.command;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Corrections are merge patches: an absent {@code Optional} field keeps the logged value, an explicit
 * {@code null} clears it. Jackson's default reads both as {@code Optional.empty()} (so {"reps": 4} would
 * clear the RPE); reading absent as {@code null} keeps the two apart. Replaces Boot's default Jdk8Module.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    Module jdk8Module() {
        return new Jdk8Module().configureReadAbsentAsNull(true);
    }
}
