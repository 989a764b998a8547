# Party Admission: build the Spring Boot jar with the Maven wrapper, run it on a JRE as a non-root user.
#   docker build -t party-admission .
#   docker run -p 8080:8080 party-admission                        (H2 inside the container, demo profile)
#   DB_PASSWORD=... docker compose up --build                       (PostgreSQL 17, see docker-compose.yml)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY processes processes
COPY src src
# chmod: a checkout on Windows may lose the executable bit of mvnw
RUN chmod +x mvnw \
 && ./mvnw -B -DskipTests package \
 && cp target/party-admission-*.jar app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --gid 10001 app \
 && useradd --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
 && mkdir -p /app/data \
 && chown -R app:app /app
WORKDIR /app
COPY --from=build --chown=app:app /workspace/app.jar app.jar
USER 10001:10001
EXPOSE 8080
# JVM options: set JAVA_TOOL_OPTIONS (e.g. -XX:MaxRAMPercentage=75), the JVM reads it by itself
ENTRYPOINT ["java", "-jar", "app.jar"]
