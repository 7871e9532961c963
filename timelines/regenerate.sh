#!/usr/bin/env bash
# Rewrites timelines/*/expected/ from the current build. Review `git diff timelines/` afterwards:
# every change there is a change in what Chronicle produces.
set -euo pipefail
cd "$(dirname "$0")/.."
CHRONICLE_REGENERATE=1 swift test --filter WorkedExampleTests
