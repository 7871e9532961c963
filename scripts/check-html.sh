#!/usr/bin/env bash
# Checks `chronicle html` in a real browser (headless Chromium).
#
#   scripts/check-html.sh           build, ingest the bundled examples (timelines/*/ top-level
#                                   *.txt and *.html) plus a hostile article whose entity names
#                                   carry <script> and onerror markup, render the page, take a
#                                   screenshot, dump the DOM and assert: every event in timeline
#                                   order with its date, the script ran (and only it), no injected
#                                   markup ran or became an element, the names show as text.
#   scripts/check-html.sh --large [N]   synthesise a store of about N events (default 5000) from
#                                   the examples with shifted years; report render time, page size
#                                   and the browser's load time.
#
# Installs Debian `chromium` when no Chromium is on PATH (apt-get; needs root or sudo).
# Environment: SCRATCH (build folder, default .build-html), OUT (where the page, screenshot and
# DOM are kept, default a temporary folder that is printed). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MODE=check
TARGET=5000
if [[ "${1:-}" == "--large" ]]; then MODE=large; TARGET=${2:-5000}; fi

SCRATCH=${SCRATCH:-.build-html}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/chronicle-check-html.XXXXXX")}
mkdir -p "$OUT"
say() { printf 'check-html: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

# --- Chromium -----------------------------------------------------------------------------
find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
CHROMIUM=$(find_chromium)
if [[ -z "$CHROMIUM" ]]; then
    say "installing chromium (apt-get)"
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
    CHROMIUM=$(find_chromium)
    [[ -n "$CHROMIUM" ]] || die "chromium is still not on PATH after apt-get install"
fi
browser() {
    # A fresh profile each time; no network is needed (the page fetches nothing).
    local profile
    profile=$(mktemp -d "${TMPDIR:-/tmp}/chronicle-chromium.XXXXXX")
    local rc=0
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --user-data-dir="$profile" "$@" 2>>"$OUT/chromium.log" || rc=$?
    rm -rf "$profile"
    return $rc
}

# --- Build --------------------------------------------------------------------------------
say "building (scratch path $SCRATCH)"
swift build --scratch-path "$SCRATCH" >&2
BIN="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/chronicle"
[[ -x "$BIN" ]] || die "no chronicle binary at $BIN"

mapfile -t EXAMPLES < <(find timelines -mindepth 2 -maxdepth 2 -type f \( -name '*.txt' -o -name '*.html' \) | sort)
[[ ${#EXAMPLES[@]} -gt 0 ]] || die "no example articles under timelines/"

if [[ "$MODE" == large ]]; then
    # --- 5,000 events ---------------------------------------------------------------------
    DB="$OUT/large.sqlite"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    rm -rf "$OUT/articles"
    # How many events one copy of the examples yields, to know how many copies to make.
    "$BIN" ingest --db "$OUT/one.sqlite" "${EXAMPLES[@]}" 2>/dev/null
    PER_COPY=$("$BIN" timeline --db "$OUT/one.sqlite" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    COPIES=$(( (TARGET * 105 / 100 + PER_COPY - 1) / PER_COPY ))  # 5% over: merging joins a few
    say "$PER_COPY events per copy of the examples: synthesising $COPIES copies with shifted years"
    python3 - "$OUT/articles" "$COPIES" "${EXAMPLES[@]}" <<'PY'
import os, re, sys
out, copies, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
years = re.compile(r'\b(19[5-9]\d|20\d\d)\b')
for k in range(copies):
    d = os.path.join(out, f"copy-{k:04d}")
    os.makedirs(d, exist_ok=True)
    for f in files:
        text = open(f, encoding="utf-8").read()
        # Every year moves k years on: dates stay consistent within an article (weekdays are
        # re-anchored to the shifted publication date), and each copy is a new document.
        shifted = years.sub(lambda m: str(int(m.group(1)) + k), text)
        name = f.replace("/", "_")
        open(os.path.join(d, name), "w", encoding="utf-8").write(shifted)
PY
    say "ingesting $(find "$OUT/articles" -type f | wc -l) articles"
    start=$(date +%s.%N)
    "$BIN" ingest --db "$DB" "$OUT/articles" >&2
    ingest_s=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
    EVENTS=$("$BIN" timeline --db "$DB" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    start=$(date +%s.%N)
    "$BIN" html --db "$DB" -o "$OUT/large.html"
    render_s=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
    size=$(wc -c < "$OUT/large.html")
    articles=$(grep -o '<article class="ev"' "$OUT/large.html" | wc -l)
    [[ "$articles" -eq "$EVENTS" ]] || die "the page has $articles event cards for $EVENTS events"
    start=$(date +%s.%N)
    browser --virtual-time-budget=5000 --dump-dom "file://$OUT/large.html" > "$OUT/large.dom.html"
    load_s=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
    grep -q '<body class="js">' "$OUT/large.dom.html" || die "the page script did not run on the large page"
    browser --window-size=1400,1800 --screenshot="$OUT/large.png" "file://$OUT/large.html" >/dev/null
    say "events: $EVENTS (ingest ${ingest_s}s)"
    say "render: ${render_s}s for chronicle html ($(basename "$BIN") at $BIN)"
    say "page:   $size bytes ($(python3 -c "print(round($size/1048576, 2))") MiB), $articles event cards"
    say "browser: ${load_s}s to load and dump the DOM (headless Chromium, includes start-up)"
    say "output in $OUT"
    exit 0
fi

# --- The bundled examples and a hostile article --------------------------------------------
DB="$OUT/examples.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
say "ingesting ${#EXAMPLES[@]} example articles"
"$BIN" ingest --db "$DB" "${EXAMPLES[@]}" >&2

HOSTILE="$OUT/hostile"
mkdir -p "$HOSTILE/gazetteer/entities"
cat > "$HOSTILE/gazetteer/entities/hostile.txt" <<'EOF'
# Entities whose names try to inject markup into the HTML page.
person:xss-mallory | PERSON | Mallory <script>document.documentElement.setAttribute('data-pwned','script')</script> Vance | Mallory Vance
org:xss-quillfeather | ORG | <img src=x onerror="document.documentElement.setAttribute('data-pwned','img')"> Holdings | Quillfeather Holdings
EOF
cat > "$HOSTILE/hostile.txt" <<'EOF'
Quillfeather Holdings chief meets ministers in Berlin

BERLIN, March 20, 2024 - Mallory Vance met German ministers in Berlin on Tuesday, the company said.

Quillfeather Holdings said on Wednesday that the talks with Mallory Vance had gone well and that "<script>document.documentElement.setAttribute('data-pwned','sentence')</script>" was no problem.
EOF
"$BIN" ingest --db "$DB" --gazetteer "$HOSTILE/gazetteer" --published 2024-03-20 "$HOSTILE/hostile.txt" >&2

say "rendering"
"$BIN" html --db "$DB" -o "$OUT/page.html"
"$BIN" timeline --db "$DB" --format json > "$OUT/timeline.json"
"$BIN" timeline --db "$DB" --format timelinejs > "$OUT/timelinejs.json"
say "screenshot and DOM (headless Chromium)"
browser --window-size=1400,2400 --screenshot="$OUT/page.png" "file://$OUT/page.html" >/dev/null
[[ -s "$OUT/page.png" ]] || die "no screenshot"
browser --virtual-time-budget=3000 --dump-dom "file://$OUT/page.html" > "$OUT/dom.html"
[[ -s "$OUT/dom.html" ]] || die "empty DOM dump"

python3 - "$OUT/page.html" "$OUT/dom.html" "$OUT/timeline.json" "$OUT/timelinejs.json" <<'PY'
import json, sys
from html.parser import HTMLParser

page_path, dom_path, timeline_path, tljs_path = sys.argv[1:]
failures = []
def check(ok, message):
    if not ok:
        failures.append(message)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

class Page(HTMLParser):
    """Collects the event cards (date, summary), elements by name, all text, and checks nesting."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags, self.text = [], [], {}, []
        self.cards, self.card, self.field = [], None, None
        self.root_attrs, self.body_attrs, self.svg_depth = {}, {}, 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "html": self.root_attrs = a
        if tag == "body": self.body_attrs = a
        if tag == "article" and "ev" in a.get("class", "").split():
            self.card = {"time": None, "label": "", "summary": "", "lane": self.in_lane()}
            self.cards.append(self.card)
        if self.card is not None and tag == "time" and self.card["time"] is None:
            self.card["time"] = a.get("datetime"); self.field = "label"
        if self.card is not None and tag == "p" and a.get("class") == "summary":
            self.field = "summary"
        if tag not in VOID: self.stack.append((tag, a))
    def in_lane(self):
        return any(t == "section" and a.get("id") == "undated" for t, a in self.stack)
    def handle_startendtag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1][0] if self.stack else None}>")
            while self.stack and self.stack[-1][0] != tag: self.stack.pop()
        if self.stack: self.stack.pop()
        if tag in ("time", "p"): self.field = None
        if tag == "article": self.card = None
    def handle_data(self, data):
        self.text.append(data)
        if self.card is not None and self.field: self.card[self.field] += data

def parse(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p.alltext = "".join(p.text)
    return p

page, dom = parse(page_path), parse(dom_path)
timeline = json.load(open(timeline_path, encoding="utf-8"))

# The page as written: nested correctly, self-contained.
raw = open(page_path, encoding="utf-8").read()
check(raw.startswith("<!DOCTYPE html>"), "page does not start with <!DOCTYPE html>")
check(not page.errors, f"page nesting errors: {page.errors[:5]}")
check(not page.stack or [t for t, _ in page.stack] == [], f"unclosed elements: {[t for t, _ in page.stack][:5]}")
for needle in ('src="http', "src='http", 'href="http', "href='http", "url(http", "url('http", "@import"):
    check(needle not in raw, f"page refers to the network: {needle}")

# Every event, in timeline order, with its date.
check(len(dom.cards) == len(timeline), f"DOM has {len(dom.cards)} event cards, the timeline {len(timeline)} events")
for n, (card, event) in enumerate(zip(dom.cards, timeline)):
    summary = " ".join(event["summary"].split())
    check(" ".join(card["summary"].split()) == summary, f"event {n}: card says {card['summary']!r}, timeline {summary!r}")
    time = event.get("time")
    if time and time.get("begin") and time.get("end"):
        check(card["time"] == time["begin"], f"event {n} ({summary}): datetime {card['time']} != begin {time['begin']}")
        check(card["label"].strip() != "", f"event {n} ({summary}): no visible date")
        check(not card["lane"], f"event {n} ({summary}): dated but in the undated lane")
    else:
        check(card["lane"], f"event {n} ({summary}): undated but not in the undated lane")
dated = [c["time"] for c in dom.cards if not c["lane"]]
check(dated == sorted(dated, key=lambda t: (t[:10], len(t), t)), "dated cards are not in time order")
labels = {c["label"].strip() for c in dom.cards}
check(any("–" in l for l in labels), f"no uncertain time drawn as a range among {sorted(labels)[:8]}")

# The page's own script ran (it swaps body class nojs -> js), and nothing else did.
check("js" in dom.body_attrs.get("class", "").split(), "the page script did not run (body class is still nojs: CSP hash?)")
check("data-pwned" not in dom.root_attrs, f"injected script ran: data-pwned={dom.root_attrs.get('data-pwned')!r}")
check("data-pwned" not in dom.body_attrs, "injected script ran on body")
check(dom.tags.get("script", 0) == 1, f"DOM has {dom.tags.get('script', 0)} script elements, expected the page's one")
check(dom.tags.get("img", 0) == 0, "an injected <img> became an element")
# ... and the hostile names show as text.
for text in ("Mallory <script>document.documentElement.setAttribute('data-pwned','script')</script> Vance",
             "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> Holdings",
             "<script>document.documentElement.setAttribute('data-pwned','sentence')</script>"):
    check(text in dom.alltext, f"hostile text not shown as text: {text[:50]}")

# TimelineJS JSON has the expected shape.
tl = json.load(open(tljs_path, encoding="utf-8"))
check(isinstance(tl.get("events"), list) and tl["events"], "TimelineJS JSON has no events")
for e in tl.get("events", []):
    check("year" in e.get("start_date", {}), f"TimelineJS event without start_date.year: {e}")
    check(set(e.get("text", {})) >= {"headline", "text"}, "TimelineJS event without text.headline/text")
    check("<script" not in json.dumps(e), "unescaped <script> in TimelineJS JSON")

print(f"check-html: {len(dom.cards)} event cards in order, {sum(c['lane'] for c in dom.cards)} undated in their lane, "
      f"{len(raw.encode())} bytes", file=sys.stderr)
if failures:
    for f in failures:
        print("check-html: FAIL:", f, file=sys.stderr)
    sys.exit(1)
PY
say "ok: page $OUT/page.html ($(wc -c < "$OUT/page.html") bytes), screenshot $OUT/page.png, DOM $OUT/dom.html"
