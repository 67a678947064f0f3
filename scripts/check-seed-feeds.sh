#!/usr/bin/env bash
# Every unit feed of the five reference plans through ../shared/tools/ical-check --strict --require-all.
# Fails on any error or warning. Needs ../shared (seeds and tools) and ical-check-setup done once.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
count=0
for plan in ../shared/seeds/*.txt; do
  name=$(basename "$plan" .txt)
  slugs=$(npm run --silent lich -- parse "$plan" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).plan.units.map(u=>u.slug).join("\n")))')
  for slug in $slugs; do
    feed="$out/$name-$slug.ics"
    npm run --silent lich -- ics "$plan" --unit "$slug" --out "$feed"
    count=$((count + 1))
    if ! result=$(../shared/tools/ical-check --strict --require-all "$feed" 2>&1); then
      failed=$((failed + 1))
      echo "FAILED $name $slug"
      echo "$result" | tail -n 20
    fi
  done
done
echo "ical-check: $count unit feeds of the reference plans, $failed failed"
[ "$failed" -eq 0 ]
