package dev.topset.launcher;

/** What a user sees when the system is up: where everything is, and one request to try. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static String text(EmbeddedSystem system, boolean demoData) {
        String athlete = DemoData.ATHLETE.toString();
        String tryIt = demoData
                ? """
                  Demo lifter %1$s — try:
                    curl -s '%2$s/athletes/%1$s/lifts/squat/trend'
                    curl -s '%2$s/athletes/%1$s/sessions'
                    curl -s '%2$s/athletes/%1$s/recommendations'   (after analytics' first review, ~10 s)
                    curl -s '%3$s/reports/athletes/%1$s/trends.html' > trends.html
                  """.formatted(athlete, system.queryUrl(), system.analyticsUrl())
                : """
                  Try (register, start a session, log a top set):
                    curl -s -XPOST %1$s/athletes -H 'Content-Type: application/json' \\
                      -d '{"athleteId":"11111111-1111-1111-1111-111111111111","name":"Sam","preferredUnit":"KG"}'
                  """.formatted(system.commandUrl());
        return """

                topset is running (Ctrl+C stops everything; data is kept)
                  command-service  %s   (Swagger UI: %s/swagger-ui.html)
                  query-service    %s   (Swagger UI: %s/swagger-ui.html)
                  analytics        %s
                  PostgreSQL       localhost:%d (user postgres)
                  Kafka            %s (topic topset.events)
                %s""".formatted(system.commandUrl(), system.commandUrl(), system.queryUrl(), system.queryUrl(),
                system.analyticsUrl(), system.postgresPort(), system.kafkaBootstrapServers(), tryIt);
    }
}
