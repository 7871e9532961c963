#!/usr/bin/env bash
# Every store query command on one store: best of three runs, user + system CPU, wall clock and
# output bytes. The figures in README.md's "store at scale" table come from it.
#
#   bench/query-times.sh STORE NAME [BIN]
#   bench/query-times.sh /tmp/chronicle-bench/store-100000-seed42.sqlite "Roberto Campos Neto"
#
# NAME is an entity for the --entity / ENTITY queries (pick one in many events:
# `chronicle entities --db STORE --type PERSON --top 3`). BIN defaults to .build/release/chronicle.
set -u
DB=$1; NAME=$2; BIN=${3:-"$(dirname "$0")/../.build/release/chronicle"}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
run() {
  local label=$1; shift
  local best_cpu="" best_wall=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S %e" -o "$T/time" "$BIN" "$@" --db "$DB" > "$T/out" 2> "$T/err" || { cat "$T/err" >&2; exit 1; }
    read -r user sys wall < "$T/time"
    cpu=$(echo "$user + $sys" | bc)
    if [ -z "$best_cpu" ] || (( $(echo "$cpu < $best_cpu" | bc) )); then best_cpu=$cpu; best_wall=$wall; fi
  done
  printf "%-40s cpu %5.2f s  wall %5.2f s  %9d bytes\n" "$label" "$best_cpu" "$best_wall" "$(wc -c < "$T/out")"
}
run "timeline --entity" timeline --entity "$NAME"
run "timeline --entity --format json" timeline --entity "$NAME" --format json
for w in sentence event document; do run "cooccur NAME --window $w" cooccur "$NAME" --window $w; done
for w in sentence event document; do run "cooccur --top 20 --window $w" cooccur --top 20 --window $w; done
run "dot --entity" dot --entity "$NAME"
run "events --entity" events --entity "$NAME"
run "entities --top 20" entities --top 20
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
