package dev.topset.query.gym;

import dev.topset.security.consent.ConsentCatchUp;
import dev.topset.security.consent.WriteSideGyms;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The write-side confirmation of staff reads, unless {@code topset.gyms.consent-check=read-model}. */
@Configuration(proxyBeanMethods = false)
class GymConsentConfiguration {

    @Bean
    @ConditionalOnProperty(name = "topset.gyms.consent-check", havingValue = "write-side", matchIfMissing = true)
    ConsentCatchUp consentCatchUp(GymProperties properties) {
        return new ConsentCatchUp(new WriteSideGyms(properties.commandServiceUrl(), properties.consentCatchUp()),
                properties.consentCatchUp());
    }
}
