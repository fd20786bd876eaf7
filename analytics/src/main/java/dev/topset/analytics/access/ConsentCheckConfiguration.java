package dev.topset.analytics.access;

import dev.topset.analytics.cohort.GymProperties;
import dev.topset.analytics.recommend.IssuingProperties;
import dev.topset.security.consent.ConsentCatchUp;
import dev.topset.security.consent.WriteSideGyms;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The write-side confirmation of staff reads, unless {@code topset.gyms.consent-check=read-model}. */
@Configuration(proxyBeanMethods = false)
class ConsentCheckConfiguration {

    @Bean
    @ConditionalOnProperty(name = "topset.gyms.consent-check", havingValue = "write-side", matchIfMissing = true)
    ConsentCatchUp consentCatchUp(GymProperties gyms, IssuingProperties commandService) {
        return new ConsentCatchUp(new WriteSideGyms(commandService.commandServiceUrl(), gyms.consentCatchUp()),
                gyms.consentCatchUp());
    }
}
