# One image for both halves: `govwatch crawl` and `govwatch streams`.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/govwatch
# The lean runtime: the Kafka clients and Streams only. The in-process broker's jars (app/target/lib-embedded) stay
# out: in a container govwatch always talks to a cluster (--bootstrap), and says so if it is not given one.
COPY --from=build /src/app/target/govwatch.jar /src/app/target/lib/ ./lib/
COPY seeds/ ./seeds/
ENTRYPOINT ["java", "-Xmx512m", "-Dgovwatch.home=/opt/govwatch", "-cp", "/opt/govwatch/lib/*", "govwatch.app.cli.Main"]
