"""Corpora for the throughput benchmark, built deterministically from a seed number.

Three kinds of corpus, each a directory of ``.txt`` documents of a target size:

* ``seed``: the bundled seed documents, varied (names swapped consistently,
  body sentences reshuffled, ``\\r\\n`` line ends now and then) and bundled
  one to three per file;
* ``synthetic``: page-style documents written from templates with random
  content, in both seed families (bundles with repeated headline, captions and
  widget residue; single articles with related list, dek, byline, dateline,
  comments and pingbacks);
* ``render``: random `Document` models written out by ``corpusparse.render``
  (only when the library has it).

And the pathological inputs: single files built to stress one rule each.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VERSION = 1
"""Bumped whenever a generator changes, so that cached corpora are rebuilt."""

MB = 1_000_000

FIRST_NAMES = [
    "Ann", "Bo", "Cy", "Dana", "Eli", "Fatima", "Goran", "Hana", "Ivan", "Jae-won",
    "Kwame", "Lucía", "Mateo", "Nour", "Olga", "Pierre", "Quinn", "Rafael", "Seán", "Tomás",
]  # fmt: skip
LAST_NAMES = [
    "Lee", "Chan", "Dorn", "O'Neil", "Kwang-tae", "Novak", "Haddad", "Schmidt", "Okafor",
    "García", "Ivanova", "Tanaka", "Dubois", "Rossi", "Kowalski", "Nguyen", "Silva", "Khan",
]  # fmt: skip
PLACES = ["SEOUL", "MIAMI", "LONDON", "NAIROBI", "LIMA", "OSLO", "AUSTIN, Texas", "TEHRAN"]
AGENCIES = ["AP", "Reuters", "Yonhap", "AFP", "dpa"]
SITES = ["The Liberty Eagle", "Amazing News", "Daily Blog", "Weather Desk", "The Korea Times US"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip
_KEEP = {"By", "BY", "Pingback", "TT", "TOPSHOT", "Photo", "AFP", "KCNA", *MONTHS}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def seed_texts() -> list[str]:
    """The seed documents, as text with ``\\n`` line ends."""
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def _words() -> list[str]:
    words = re.findall(r"[A-Za-z][a-z']+", "\n".join(seed_texts()))
    return sorted({w for w in words if w not in _KEEP})


WORDS = _words()


# --------------------------------------------------------------------------- seed
def _vary_seed(text: str, rng: random.Random) -> str:
    """One seed with consistent name swaps and reshuffled long body lines."""
    names = sorted({w for w in _CAPITALISED.findall(text) if w not in _KEEP})
    swaps = {name: rng.choice(LAST_NAMES) for name in rng.sample(names, min(6, len(names)))}
    if swaps:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, swaps)) + r")\b")
        text = pattern.sub(lambda m: swaps[m.group()], text)
    lines = text.split("\n")
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    out = []
    for line in lines:
        if len(line) > 160 and counts[line] == 1 and not line.startswith("Pingback:"):
            words = line.split(" ")
            head, tail = words[:4], words[4:]
            rng.shuffle(tail)
            line = " ".join(head + tail)
        out.append(line)
    return "\n".join(out)


def seed_document(rng: random.Random, seeds: list[str]) -> str:
    """One to three varied seeds bundled in one text."""
    parts = [_vary_seed(rng.choice(seeds), rng).strip("\n") for _ in range(rng.randint(1, 3))]
    text = "\n\n\n".join(parts) + "\n"
    if rng.random() < 0.15:
        text = text.replace("\n", "\r\n")
    return text


# ---------------------------------------------------------------------- synthetic
def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return (" ".join(words) + ".").capitalize()


def _headline(rng: random.Random) -> str:
    return " ".join(w.capitalize() for w in rng.choices(WORDS, k=rng.randint(5, 12)))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _date(rng: random.Random) -> dt.datetime:
    start = dt.datetime(2010, 1, 1)
    return start + dt.timedelta(minutes=rng.randrange(15 * 365 * 24 * 60))


def _caption(rng: random.Random) -> str:
    when = _date(rng)
    credit = f"Photo by {rng.choice(LAST_NAMES).upper()} / {rng.choice(AGENCIES)}"
    return (
        f"This picture taken on {MONTHS[when.month - 1]} {when.day}, {when.year} shows "
        f"{_sentence(rng, 12, 30)[:-1]} ({credit})"
    )


def _bundle_article(rng: random.Random) -> str:
    headline = _headline(rng)
    captions = [_caption(rng) for _ in range(rng.randint(1, 2))]
    printed = "\n".join(c for c in captions for _ in range(2))
    widgets = "\n".join(rng.sample(["TT", "20", "AA", "7"], rng.randint(0, 2)))
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    body = sep.join(_sentence(rng, 20, 70) for _ in range(rng.randint(5, 20)))
    head = f"{headline}\n\n{printed}\n{widgets}".rstrip("\n")
    return f"{head}\n\n{headline}\n\n{printed}\n\n{body}"


def _comment(rng: random.Random) -> str:
    when = _date(rng)
    hour = when.hour % 12 or 12
    stamp = f"{MONTHS[when.month - 1]} {when.day}, {when.year} at {hour}:{when.minute:02d} "
    stamp += "AM" if when.hour < 12 else "PM"
    text = "\n".join(_sentence(rng, 5, 40) for _ in range(rng.randint(1, 3)))
    return f"{rng.choice(FIRST_NAMES).lower()}\n{stamp}\n{text}"


def _single_article(rng: random.Random) -> str:
    lines = [f"- {_sentence(rng, 5, 10)[:-1]}" for _ in range(rng.randint(0, 10))]
    lines.append(_headline(rng))
    lines.append(_sentence(rng, 15, 35))
    lines.append("By " + " and ".join(_name(rng) for _ in range(rng.randint(1, 2))))
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    lines.append(f"{place} ({agency}) — {_sentence(rng, 20, 60)}")
    lines += [_sentence(rng, 20, 70) for _ in range(rng.randint(4, 20))]
    tail = [f"Pingback: {_headline(rng)} – {rng.choice(SITES)}"]
    tail += [_comment(rng) for _ in range(rng.randint(0, 6))]
    rng.shuffle(tail)
    return "\n".join(lines + tail)


def synthetic_document(rng: random.Random, seeds: list[str]) -> str:
    """A page-style document of one seed family or the other, random content."""
    if rng.random() < 0.5:
        return _single_article(rng) + "\n"
    return "\n\n\n".join(_bundle_article(rng) for _ in range(rng.randint(1, 3))) + "\n"


# ------------------------------------------------------------------------- render
def render_available() -> bool:
    """Whether the library under test has ``corpusparse.render`` (older trees lack it)."""
    import corpusparse

    return hasattr(corpusparse, "render")


def render_document(rng: random.Random, seeds: list[str]) -> str:
    """A document with random content written by ``corpusparse.render``.

    The random content is a synthetic page parsed into models; the renderer then
    writes it in one of its layouts (chosen at random), so that the text timed
    is the renderer's own.
    """
    import corpusparse

    doc = corpusparse.parse(synthetic_document(rng, seeds))
    return corpusparse.render(doc, layout=rng.choice(list(corpusparse.Layout)))


GENERATORS: dict[str, Callable[[random.Random, list[str]], str]] = {
    "seed": seed_document,
    "synthetic": synthetic_document,
    "render": render_document,
}


def build_corpus(kind: str, size_mb: float, directory: Path, seed: int = 7) -> Path:
    """Write a corpus of ``kind`` of about ``size_mb`` MB into ``directory`` once.

    The directory name holds kind, size and generator version; a finished corpus
    is marked by a ``DONE`` file and reused on the next run.
    """
    target = directory / f"{kind}-{size_mb:g}MB-v{VERSION}"
    if (target / "DONE").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{kind}-{seed}")
    seeds = seed_texts()
    generate = GENERATORS[kind]
    total, index = 0, 0
    while total < size_mb * MB:
        data = generate(rng, seeds).encode("utf-8")
        (target / f"{index // 1000:03d}").mkdir(exist_ok=True)
        (target / f"{index // 1000:03d}" / f"{index:06d}.txt").write_bytes(data)
        total += len(data)
        index += 1
    (target / "DONE").write_text(f"{index} {total}\n")
    return target


def corpus_files(target: Path) -> list[Path]:
    """The documents of a built corpus, in order."""
    return sorted(target.glob("*/*.txt"))


# ------------------------------------------------------------------ pathological
def _long_line(rng: random.Random, scale: float) -> Iterator[str]:
    size = int(10 * MB * scale)
    written = 0
    while written < size:
        chunk = " ".join(rng.choices(WORDS, k=2000)) + " "
        yield chunk
        written += len(chunk)


def _blank_lines(rng: random.Random, scale: float) -> Iterator[str]:
    count = int(1_000_000 * scale)
    yield "Headline\n"
    for _ in range(count // 1000):
        yield "\n" * 1000
    yield "Last line\n"


def _bullets(rng: random.Random, scale: float) -> Iterator[str]:
    for _ in range(int(100_000 * scale)):
        yield f"- {_sentence(rng, 4, 10)[:-1]}\n"


def _comments(rng: random.Random, scale: float) -> Iterator[str]:
    yield "Headline of a busy thread\nThe article body.\n"
    for _ in range(int(50_000 * scale)):
        yield _comment(rng) + "\n"


def _captions(rng: random.Random, scale: float) -> Iterator[str]:
    caption = _caption(rng) + "\n"
    yield "Headline above a gallery\n\n"
    for _ in range(int(100_000 * scale)):
        yield caption


def _bylines(rng: random.Random, scale: float) -> Iterator[str]:
    for _ in range(int(100_000 * scale)):
        yield f"By {_name(rng)}\n"


def _distinct_bylines(rng: random.Random, scale: float) -> Iterator[str]:
    # Names from the pools repeat (a few hundred distinct lines); these do not:
    # the surname is made up, so every line is read afresh.
    for _ in range(int(100_000 * scale)):
        surname = "".join(
            rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))
        )
        yield f"By {rng.choice(FIRST_NAMES)} {surname.capitalize()}\n"


PATHOLOGICAL: dict[str, tuple[str, Callable[[random.Random, float], Iterator[str]]]] = {
    "long_line": ("one 10 MB line", _long_line),
    "blank_lines": ("1,000,000 blank lines", _blank_lines),
    "bullets": ("100,000 `- ` bullets", _bullets),
    "comments": ("50,000 comments", _comments),
    "captions": ("100,000 repeated caption lines", _captions),
    "bylines": ("100,000 `By ` lines", _bylines),
    "distinct_bylines": ("100,000 `By ` lines, none repeated", _distinct_bylines),
}
"""Name -> (what the 1x input is, generator taking a scale factor)."""


def build_pathological(name: str, scale: float, directory: Path, seed: int = 7) -> Path:
    """Write one pathological input at ``scale`` times its base size, once."""
    path = directory / f"{name}-x{scale:g}-v{VERSION}.txt"
    if path.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{name}-{seed}")
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        for chunk in PATHOLOGICAL[name][1](rng, scale):
            handle.write(chunk)
    partial.rename(path)
    return path
