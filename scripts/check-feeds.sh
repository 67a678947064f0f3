#!/usr/bin/env bash
# Feeds through ../shared/tools/ical-check (needs ical-check-setup done once); fails on any error or warning.
#  1. Every feed `lich feeds` writes for the five reference plans (units, plans, occasions, all): --strict --require-all.
#  2. A revision, a ceremony date and an inserted item over HTTP (tests/fixtures/plans/revision-v*.txt): each new feed against the
#     one before with --previous (no missing SEQUENCE bump, no duplicate), and the HTTP checks on a served feed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
check="../shared/tools/ical-check"
failures="$work/failures"
: > "$failures"

run_check() { # file [more ical-check arguments]
  local file=$1; shift
  if ! result=$("$check" --strict --require-all "$file" "$@" 2>&1); then
    { echo "FAILED $file $*"; echo "$result" | tail -n 20; } >> "$failures"
  fi
}
export -f run_check
export check failures

echo "-- reference plans: lich import, lich feeds"
export DATABASE_URL="file:$work/seeds.db"
npm run --silent lich -- import ../shared/seeds/*.txt
npm run --silent lich -- feeds --out "$work/feeds"
find "$work/feeds" -name '*.ics' | sort > "$work/list"
echo "$(wc -l < "$work/list") feeds: $(grep -c /units/ "$work/list") units, $(grep -c /plans/ "$work/list") plans, $(grep -c /occasions/ "$work/list") occasions, all"
xargs -P 2 -I{} bash -c 'run_check "$1"' _ {} < "$work/list"

echo "-- a revision and a ceremony date over HTTP"
# One node process (no npm wrapper, so the trap stops it), on a free port it reports.
DATABASE_URL="file:$work/revision.db" PORT=0 HOST=127.0.0.1 node bin/lich.mjs serve > "$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 120); do
  port=$(sed -n 's|.*http://localhost:\([0-9]*\).*|\1|p' "$work/server.log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.5
done
[ -n "$port" ] || { cat "$work/server.log"; echo "the server did not start"; exit 1; }
base="http://127.0.0.1:$port"
window="from=2025-01-01&to=2025-12-31"
unit="cong-chuc-van-hoa-xa-hoi-xa-muong-so"
post() { curl -sf -X POST -H 'content-type: text/plain; charset=utf-8' --data-binary @"$1" "$base/api/plans" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).plan.id))'; }
save() { # step
  curl -sf "$base/feeds/units/$unit.ics?$window" -o "$work/unit-$1.ics"
  curl -sf "$base/feeds/plans/$plan.ics?$window" -o "$work/plan-$1.ics"
}
plan=$(post tests/fixtures/plans/revision-v1.txt)
save 1
post tests/fixtures/plans/revision-v2.txt > /dev/null
save 2
curl -sf -X PUT -H 'content-type: application/json' -d '{"start":"2025-04-19T08:00"}' "$base/api/plans/$plan/ceremony" > /dev/null
save 3
post tests/fixtures/plans/revision-v3.txt > /dev/null  # an item inserted: the ones after it are renumbered
save 4
for step in 2 3 4; do
  for kind in unit plan; do
    run_check "$work/$kind-$step.ics" --previous "$work/$kind-$((step - 1)).ics"
  done
done
run_check "$base/feeds/units/$unit.ics?$window"
echo "checked the steps 1→2→3→4 (revision, ceremony date, inserted item; unit and plan feeds) and one feed over HTTP"

if [ -s "$failures" ]; then
  cat "$failures"
  echo "ical-check: FAILED"
  exit 1
fi
echo "ical-check: all feeds pass"
