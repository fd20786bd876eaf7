package dev.topset.launcher;

/** What a user sees when the system is up: where everything is, who can sign in, and requests to try. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static String text(EmbeddedSystem system, boolean demoData) {
        String athlete = DemoData.ATHLETE.toString();
        String tryIt = demoData
                ? """
                  Demo lifter %1$s — try (TOKEN = the demo-athlete token above):
                    TOKEN=%4$s
                    curl -s '%2$s/athletes/%1$s/lifts/squat/trend' -H "Authorization: Bearer $TOKEN"
                    curl -s '%2$s/athletes/%1$s/sessions' -H "Authorization: Bearer $TOKEN"
                    curl -s '%2$s/athletes/%1$s/recommendations' -H "Authorization: Bearer $TOKEN"
                      (recommendations: after analytics' first review, ~10 s)
                    curl -s '%3$s/reports/athletes/%1$s/trends.html' -H "Authorization: Bearer $TOKEN" > trends.html
                  """.formatted(athlete, system.queryUrl(), system.analyticsUrl(), token(system, 0))
                : """
                  Try (register the demo lifter with its own token, then start a session, log a top set):
                    TOKEN=%2$s
                    curl -s -XPOST %1$s/athletes -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                      -d '{"athleteId":"%3$s","name":"Sam","preferredUnit":"KG"}'
                  """.formatted(system.commandUrl(), token(system, 0), athlete);
        StringBuilder users = new StringBuilder(
                "Dev tokens (valid 30 days; more with --print-token ROLE [--athlete UUID]):\n");
        for (int i = 0; i < DemoUsers.ALL.size(); i++) {
            DemoUsers.DemoUser user = DemoUsers.ALL.get(i);
            users.append("  ").append(user.subject()).append(" (").append(user.role().claim())
                    .append(user.athleteId() == null ? "" : ", athlete_id " + user.athleteId()).append(")\n    ")
                    .append(token(system, i)).append('\n');
        }
        return """

                topset is running (Ctrl+C stops everything; data is kept)
                  command-service  %s   (Swagger UI: %s/swagger-ui.html)
                  query-service    %s   (Swagger UI: %s/swagger-ui.html)
                  analytics        %s
                  PostgreSQL       localhost:%d (user postgres)
                  Kafka            %s (topic topset.events)
                %s%s""".formatted(system.commandUrl(), system.commandUrl(), system.queryUrl(), system.queryUrl(),
                system.analyticsUrl(), system.postgresPort(), system.kafkaBootstrapServers(), users, tryIt);
    }

    private static String token(EmbeddedSystem system, int user) {
        return DemoUsers.token(system.tokens(), DemoUsers.ALL.get(user));
    }
}
