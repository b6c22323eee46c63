# Builds the application from this repository and runs it on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY mvnw .
RUN ./mvnw -B -q dependency:go-offline -DexcludeArtifactIds=keycloak-quarkus-dist || true
COPY src src
COPY bpmn bpmn
RUN ./mvnw -B -q package -Dmaven.test.skip

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 ecei
WORKDIR /app
COPY --from=build /src/target/ecei-certification-*.jar app.jar
USER ecei
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
