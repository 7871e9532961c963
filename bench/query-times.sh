#!/usr/bin/env bash
# Every store query command on one store: best of RUNS runs (default 10) of user + system CPU
# in milliseconds, wall clock and output bytes. The figures in README.md's "store at scale"
# table come from it.
#
#   bench/query-times.sh STORE NAME [BIN]
#   bench/query-times.sh /tmp/chronicle-bench/store-100000-seed42.sqlite "Roberto Campos Neto"
#
# NAME is an entity for the --entity / ENTITY queries (pick one in many events:
# `chronicle entities --db STORE --type PERSON --top 3`). BIN defaults to .build/release/chronicle.
# CPU is read with getrusage (microseconds): `/usr/bin/time` rounds to 10 ms, a tenth of a
# 100 ms budget. On a loaded machine take the best of more runs (RUNS=20).
set -u
DB=$1; NAME=$2; BIN=${3:-"$(dirname "$0")/../.build/release/chronicle"}; RUNS=${RUNS:-10}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
run() {
  local label=$1; shift
  python3 - "$RUNS" "$T/out" "$BIN" "$@" --db "$DB" <<'EOF' || exit 1
import resource, subprocess, sys, time
runs, out, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
best = None
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(out, "wb") as f:
        done = subprocess.run(command, stdout=f, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        sys.exit(1)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if best is None or cpu < best[0]:
        best = (cpu, wall)
print(f"{best[0] * 1000:.1f} {best[1]:.3f}")
EOF
}
line() {
  local label=$1; shift
  read -r cpu wall < <(run "$label" "$@")
  printf "%-40s cpu %6.1f ms  wall %6.3f s  %9d bytes\n" "$label" "$cpu" "$wall" "$(wc -c < "$T/out")"
}
line "timeline --entity" timeline --entity "$NAME"
line "timeline --entity --format json" timeline --entity "$NAME" --format json
for w in sentence event document; do line "cooccur NAME --window $w" cooccur "$NAME" --window $w; done
for w in sentence event document; do line "cooccur --top 20 --window $w" cooccur --top 20 --window $w; done
line "dot --entity" dot --entity "$NAME"
line "events --entity" events --entity "$NAME"
line "entities --top 20" entities --top 20
line "entities --top 1 (start-up and open)" entities --top 1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
