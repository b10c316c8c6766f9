#!/usr/bin/env bash
# Benchmark: 1,000 invitations in one request (time to 201) and their delivery rate to a local SMTP server.
# Runs Gatehouse from the jar on a fresh PostgreSQL database at 127.0.0.1:5432, with a local SMTP sink.
# Usage: bench/invitations.sh [rounds]   (needs PostgreSQL and python3; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
PORT=18080
SMTP=12525
DB=gatehouse_bench
PSQL="psql -h 127.0.0.1 -U postgres -qtA"

[ -f target/gatehouse-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

python3 bench/smtp-sink.py $SMTP & SINK=$!
java -Xmx512m -jar target/gatehouse-0.1.0-SNAPSHOT.jar --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP --gatehouse.invitations.max-sends-per-hour=100000 \
  --gatehouse.bootstrap.organization=Bench --gatehouse.bootstrap.owner-email=bench@example.com \
  --gatehouse.bootstrap.owner-password=bench-password-123 > target/bench-invitations.log 2>&1 & APP=$!
trap 'kill $APP $SINK 2>/dev/null || true' EXIT
until curl -sf localhost:$PORT/actuator/health > /dev/null; do sleep 0.5; done

TOKEN=$(curl -s -XPOST localhost:$PORT/api/v1/users/auth/_login -H 'Content-Type: application/json' \
  -d '{"username":"bench@example.com","password":"bench-password-123"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
ORG=$(curl -s localhost:$PORT/api/v1/user -H "Authorization: Bearer $TOKEN" | sed 's/.*"organization_id":"\([^"]*\)".*/\1/')

body() { # $1: round; 1,000 addresses separated by spaces, in one string
  python3 - "$1" "$ORG" <<'PY'
import json, sys
r, org = sys.argv[1], sys.argv[2]
emails = " ".join(f"user{i}.round{r}@example.com" for i in range(1000))
print(json.dumps({"emails": [emails], "role_assignments": {"cloud_connected_resource": [
    {"role_id": "cloud-connected-viewer", "organization_id": org, "all": True}]}}))
PY
}

echo "round  status  seconds-to-201  delivered  mails/s"
for round in $(seq 0 "$ROUNDS"); do
  body "$round" > target/bench-body.json
  before=$($PSQL -d $DB -c "SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'")
  result=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -XPOST "localhost:$PORT/api/v1/organizations/$ORG/invitations" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @target/bench-body.json)
  until [ "$($PSQL -d $DB -c "SELECT COUNT(*) FROM mail_outbox WHERE status = 'queued'")" = 0 ]; do sleep 0.2; done
  rate=$($PSQL -d $DB -c "SELECT ROUND(COUNT(*) / GREATEST(EXTRACT(EPOCH FROM MAX(sent_at) - MIN(created_at)), 0.001))
    FROM mail_outbox WHERE status = 'sent' AND subject LIKE '%invited you%' AND recipient LIKE '%.round$round@%'")
  after=$($PSQL -d $DB -c "SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'")
  label=$round; [ "$round" = 0 ] && label="warm-up"
  echo "$label  $result  $((after - before))  $rate"
done
