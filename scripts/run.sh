#!/usr/bin/env bash
# Builds the service and runs it with the sample content on http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
./mvnw -B -q package -DskipTests
exec java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar
