package dev.topset.analytics.rebuild;

import dev.topset.ingest.rebuild.FlywayReadModelSchema;
import dev.topset.ingest.rebuild.ReadModelSchema;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A rebuild of analytics' tables creates them empty with analytics' own migrations; every column is comparable. */
@Configuration
public class RebuildConfiguration {

    @Bean
    ReadModelSchema analyticsReadModelSchema(Flyway flyway) {
        return new FlywayReadModelSchema(flyway, Set.of());
    }
}
