#!/usr/bin/env python3
"""Runs every keyword matcher over one text with one name list and prints a comparison table.

  peers.py NAMES TEXT CHRONICLE_MATCH [--only flashtext,flashtext2,pyahocorasick,spacy,chronicle]
           [--spacy-mb MB] [--repeat N]

All peers count whole-word, case-sensitive, leftmost-longest non-overlapping matches:
- flashtext / flashtext2: KeywordProcessor(case_sensitive=True).extract_keywords
- pyahocorasick: Automaton.iter_long, then a word-boundary check on both sides (str.isalnum or _)
- spacy: spacy.blank("en") tokenizer + PhraseMatcher (attr ORTH), spacy.util.filter_spans; the
  text is fed article by article (blank-line separated) through nlp.tokenizer.pipe
- chronicle: the chronicle-match executable (see Benchmarks/Sources/chronicle-match/main.swift),
  the matcher alone (public `Gazetteer.forEachMatch(in:)`: tokenizer + name trie, leftmost-longest);
  'matches' are all its matches (case/diacritic-folded), 'exact' those equal to the name byte for byte
- chronicle-tagger: the same executable with --mode tagger, the whole entity pass (cue rules,
  conflicts, short forms), for reference (not a keyword matcher)
Times are the best of --repeat runs (default 1) of the matching only; build times are printed apart.
"""
import argparse
import subprocess
import sys
import time


def timed(fn, repeat):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def is_word(c):
    return c.isalnum() or c == "_"


def run_flashtext(names, text, repeat):
    from flashtext import KeywordProcessor
    t = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=True)
    for n in names:
        kp.add_keyword(n)
    build = time.perf_counter() - t
    secs, n = timed(lambda: len(kp.extract_keywords(text)), repeat)
    return build, secs, n


def run_flashtext2(names, text, repeat):
    from flashtext2 import KeywordProcessor
    t = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=True)
    kp.add_keywords_from_iter(names)
    build = time.perf_counter() - t
    secs, n = timed(lambda: len(kp.extract_keywords(text)), repeat)
    return build, secs, n


def run_pyahocorasick(names, text, repeat):
    import ahocorasick
    t = time.perf_counter()
    a = ahocorasick.Automaton()
    for n in names:
        a.add_word(n, len(n))
    a.make_automaton()
    build = time.perf_counter() - t
    size = len(text)

    def count():
        found = 0
        for end, length in a.iter_long(text):
            start = end - length + 1
            if (start == 0 or not is_word(text[start - 1])) and (end + 1 == size or not is_word(text[end + 1])):
                found += 1
        return found
    secs, n = timed(count, repeat)
    return build, secs, n


def run_spacy(names, text, repeat):
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.util import filter_spans
    t = time.perf_counter()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    batch = []
    for doc in nlp.tokenizer.pipe(names, batch_size=10_000):
        batch.append(doc)
        if len(batch) == 10_000:
            matcher.add("NAME", batch)
            batch = []
    if batch:
        matcher.add("NAME", batch)
    build = time.perf_counter() - t
    # Articles are blank-line separated; spaCy's Doc limit is 1,000,000 characters.
    parts = [p for p in text.split("\n\n") if p]

    def count():
        found = 0
        for doc in nlp.tokenizer.pipe(parts, batch_size=1000):
            found += len(filter_spans([doc[s:e] for _, s, e in matcher(doc)]))
        return found
    secs, n = timed(count, repeat)
    return build, secs, n


def run_chronicle(binary, names_path, text_path, repeat, mode="matcher"):
    out = subprocess.run([binary, "--names", names_path, "--text", text_path, "--repeat", str(repeat), "--mode", mode],
                         check=True, capture_output=True, text=True).stdout
    fields = dict(kv.split("=", 1) for kv in out.split())
    return float(fields["load_seconds"]), float(fields["seconds"]), int(fields["matches"]), int(fields["exact_matches"])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("names")
    p.add_argument("text")
    p.add_argument("chronicle_match")
    p.add_argument("--only", default="chronicle,flashtext2,pyahocorasick,flashtext,spacy")
    p.add_argument("--spacy-mb", type=float, default=0, help="feed spaCy only the first MB megabytes (0: all)")
    p.add_argument("--repeat", type=int, default=1)
    args = p.parse_args()
    with open(args.names, encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    text_mb = len(text.encode("utf-8")) / 1048576
    print(f"{len(names)} names, {text_mb:.1f} MB of text", flush=True)
    rows = []
    for peer in args.only.split(","):
        peer_text, mb = text, text_mb
        if peer in ("chronicle", "chronicle-tagger"):
            mode = "matcher" if peer == "chronicle" else "tagger"
            build, secs, n, exact = run_chronicle(args.chronicle_match, args.names, args.text, args.repeat, mode)
        else:
            if peer == "spacy" and args.spacy_mb:
                peer_text = text.encode("utf-8")[: int(args.spacy_mb * 1048576)].decode("utf-8", "ignore")
                mb = len(peer_text.encode("utf-8")) / 1048576
            fn = {"flashtext": run_flashtext, "flashtext2": run_flashtext2,
                  "pyahocorasick": run_pyahocorasick, "spacy": run_spacy}[peer]
            try:
                build, secs, n = fn(names, peer_text, args.repeat)
            except ImportError as e:
                print(f"{peer}: not installed ({e})", flush=True)
                continue
            exact = None
        rows.append((peer, build, secs, mb, mb / secs, n, exact))
        print(f"  {peer}: build {build:.2f} s, match {secs:.2f} s over {mb:.1f} MB = {mb / secs:.2f} MB/s, {n} matches", flush=True)
    chron = next((r for r in rows if r[0] == "chronicle"), None)
    print()
    print(f"{'matcher':<15}{'build s':>9}{'match s':>10}{'MB':>7}{'MB/s':>9}{'x chronicle':>13}{'matches':>11}{'exact':>10}")
    for peer, build, secs, mb, rate, n, exact in rows:
        ratio = f"{rate / chron[4]:.2f}" if chron else "-"
        print(f"{peer:<15}{build:>9.2f}{secs:>10.2f}{mb:>7.1f}{rate:>9.2f}{ratio:>13}{n:>11}{exact if exact is not None else '-':>10}")
    print("\n'x chronicle' = the matcher's MB/s divided by Chronicle's (above 1: faster than Chronicle).")


if __name__ == "__main__":
    main()
