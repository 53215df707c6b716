# The Seedance Runner image: one jar that runs as the api, the worker or the simulator
# (`seedance serve` with SEEDANCE_API_ENABLED / SEEDANCE_WORKER_ENABLED / SIMULATOR_ENABLED).
# Multi-stage: Maven builds the reactor, the runtime stage holds only a JRE, the jar and its
# dependencies. The simulator's FFmpeg natives are linux-x86_64: build and run on amd64.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the compose healthchecks (GET /health). No FFmpeg executables: storyboards' media
# (last frames, film.mp4, contact sheet) run through the FFmpeg libraries in the jar's lib/.
RUN apt-get update \
  && apt-get install -y --no-install-recommends curl \
  && rm -rf /var/lib/apt/lists/* \
  && useradd --system --uid 10001 --home-dir /app seedance \
  && mkdir -p /data \
  && chown seedance /data
WORKDIR /app
COPY --from=build /src/worker/target/lib/ /app/lib/
COPY --from=build /src/worker/target/seedance-runner.jar /app/seedance-runner.jar
USER seedance
ENV SEEDANCE_DATA_DIR=/data \
    SEEDANCE_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["java", "-jar", "/app/seedance-runner.jar"]
CMD ["serve"]
