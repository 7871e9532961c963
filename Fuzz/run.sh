#!/usr/bin/env bash
# Builds the libFuzzer target and fuzzes Chronicle's pipeline (decoding, cleaning, HTML, entity
# tagging, time tagging and anchoring, events, JSON) for a while.
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]     default: 600 seconds
#
# New inputs go to Fuzz/.corpus (the seeds in Fuzz/corpus stay as written); a crash, sanitizer
# report or timeout is written to Fuzz/artifacts/ and stops the run. Reproduce one with
#   Fuzz/.build/release/ChronicleFuzz Fuzz/artifacts/crash-…
# and keep it as a test in Tests/ChronicleTests/FuzzRegressionTests.swift once fixed.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p .corpus artifacts
# The Swift runtime's own crash handler would hide the sanitizer's report.
export SWIFT_BACKTRACE=enable=no
exec .build/release/ChronicleFuzz .corpus corpus \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -dict=chronicle.dict -artifact_prefix=artifacts/ -print_final_stats=1 "$@"
