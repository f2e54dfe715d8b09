#!/usr/bin/env bash
# Runs every test (unit, @QuarkusTest against the real PostgreSQL, and *IT against the packaged jar).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-postgres.sh
scripts/ensure-chromium.sh   # the reader pages' browser tests
exec ./mvnw -B verify "$@"
