# The Seedance Runner images: one jar that runs as the api, the worker or the simulator
# (`seedance serve` with SEEDANCE_API_ENABLED / SEEDANCE_WORKER_ENABLED / SIMULATOR_ENABLED).
# Multi-stage: Maven builds the reactor; the runtime stages hold only a JRE, the jar and its
# dependencies. The FFmpeg libraries (org.bytedeco) are linux-x86_64: build and run on amd64.
#
#   docker build -t seedance-runner:0.1.0 .                       production (the last stage)
#   docker build --target with-simulator -t seedance-runner-sim .  with the provider simulator
#
# Production leaves out the simulator's classes (simulator-*.jar) and the ffmpeg / ffprobe
# executables that org.bytedeco's FFmpeg jar carries: the media steps use only its libraries.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q package -DskipTests \
  && mkdir -p /out/full /out/production \
  && cp -r worker/target/lib worker/target/seedance-runner.jar /out/full/ \
  && cp -r worker/target/lib worker/target/seedance-runner.jar /out/production/ \
  && rm /out/production/lib/simulator-*.jar \
  && cd /out/production/lib && for jar in ffmpeg-*-linux-x86_64*.jar; do \
       mkdir x && (cd x && jar xf "../$jar" && find . -type f \( -name ffmpeg -o -name ffprobe \) -delete \
         && jar cfm "../$jar" META-INF/MANIFEST.MF .) && rm -rf x; \
     done

FROM eclipse-temurin:17-jre AS runtime
# curl for the compose healthchecks (GET /health). No FFmpeg executables: storyboards' media
# (last frames, film.mp4, contact sheet) run through the FFmpeg libraries in lib/.
RUN apt-get update \
  && apt-get install -y --no-install-recommends curl \
  && rm -rf /var/lib/apt/lists/* \
  && useradd --system --uid 10001 --home-dir /app seedance \
  && mkdir -p /data \
  && chown seedance /data
WORKDIR /app
USER seedance
ENV SEEDANCE_DATA_DIR=/data \
    SEEDANCE_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["java", "-jar", "/app/seedance-runner.jar"]
CMD ["serve"]

# The simulator's image (compose profile "simulator", demos, the end-to-end suite).
FROM runtime AS with-simulator
COPY --from=build /out/full/ /app/

# Production: api and worker, without the simulator and without FFmpeg executables.
FROM runtime AS production
ENV SIMULATOR_ENABLED=false
COPY --from=build /out/production/ /app/
