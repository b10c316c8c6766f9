#!/usr/bin/env bash
# Benchmark: authorized API reads under load with wrk (Debian's `wrk`), with the access snapshot cache on (the
# default) and off (`gatehouse.access.snapshot-ttl=0s`: one access query per request). Each request authenticates a
# bearer token, authorizes, and lists 20 clusters. Runs the jar on a fresh PostgreSQL database at 127.0.0.1:5432.
# Usage: bench/api-reads.sh [seconds]   (needs PostgreSQL and wrk; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=18081
DB=gatehouse_bench_reads
PSQL="psql -h 127.0.0.1 -U postgres -qtA"

[ -f target/gatehouse-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package

run() { # $1: label, $2: snapshot ttl
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  java -Xmx512m -jar target/gatehouse-0.1.0-SNAPSHOT.jar --server.port=$PORT \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
    --gatehouse.access.snapshot-ttl="$2" \
    --gatehouse.bootstrap.organization=Bench --gatehouse.bootstrap.owner-email=bench@example.com \
    --gatehouse.bootstrap.owner-password=bench-password-123 > "target/bench-api-reads-$1.log" 2>&1 & APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  until curl -sf localhost:$PORT/actuator/health > /dev/null; do sleep 0.5; done
  TOKEN=$(curl -s -XPOST localhost:$PORT/api/v1/users/auth/_login -H 'Content-Type: application/json' \
    -d '{"username":"bench@example.com","password":"bench-password-123"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
  for i in $(seq 1 20); do
    curl -s -o /dev/null -XPOST localhost:$PORT/api/v1/cloud-connected/clusters -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "{\"name\":\"prod-$i\",\"kind\":\"eck\"}"
  done
  wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/cloud-connected/clusters" > /dev/null
  echo "== $1 (snapshot-ttl=$2)"
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT/api/v1/cloud-connected/clusters" | grep -E "Requests/sec|50%|99%|Non-2xx"
  kill $APP; wait $APP 2>/dev/null || true
}

run cached 10s
run uncached 0s
