# One image recipe for every service: build the jars first (./mvnw -DskipTests package), then
# `docker compose up --build`. The JRE image is enough: the services are plain Spring Boot jars.
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 topset
COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER topset
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
