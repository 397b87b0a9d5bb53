"""Seeded generator of large, valid maps in argmap's format, for the benchmark.

A map of N claims has 20 authors (three sources each), about 1.5 edges and 1.4 stances per claim
(one holder plus 0.4 extra stances on average), a motion every 50 claims, and 100 claims per
file, the way a research corpus keeps one file per topic. Edges point only to earlier claims, so
the map is acyclic and ``check`` finds no error in it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

__all__ = ["AUTHORS", "CLAIMS_PER_FILE", "generate_map"]

AUTHORS = 20
SOURCES_PER_AUTHOR = 3
CLAIMS_PER_FILE = 100
EDGES_PER_CLAIM = 1.5
EXTRA_STANCES_PER_CLAIM = 0.4
MOTION_EVERY = 50
REBUT_SHARE = 0.35
# Most edges stay near their claim (one topic), some reach far back (a cross-reference).
LOCAL_WINDOW = 200
LOCAL_SHARE = 0.8

_SYLLABLES = [
    "ba", "de", "ki", "lo", "mu", "na", "po", "ra", "si", "tu", "ve", "zo", "cha", "gri", "sta",
    "tor", "len", "mar", "qui", "pel", "dro", "fin", "gal", "hes",
]  # fmt: skip


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def _sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:] + "."


def _quoted(text: str) -> str:
    # JSON strings are valid YAML double-quoted scalars.
    return json.dumps(text, ensure_ascii=False)


def generate_map(
    root: Path, claims: int, seed: int = 8, authors: int = AUTHORS
) -> dict[str, object]:
    """Write a map of ``claims`` claims under ``root``; return facts the benchmark needs.

    The facts: ``files`` (paths written), ``motion`` (a claim with support and rebuttals, for
    ``prep``), ``author`` (an author id).
    """
    rng = random.Random(seed)
    words = _vocabulary(rng)
    root.mkdir(parents=True, exist_ok=True)
    author_ids = [f"author-{i:02d}" for i in range(authors)]
    sources = {
        a: [f"{a}-{year}" for year in range(2001, 2001 + SOURCES_PER_AUTHOR)] for a in author_ids
    }
    files = [root / "authors.yaml"]
    lines = ["authors:"]
    for author in author_ids:
        lines += [f"  - id: {author}", f"    name: {_quoted(_sentence(rng, words, 2, 3)[:-1])}"]
    lines.append("sources:")
    for author in author_ids:
        for source in sources[author]:
            lines += [
                f"  - id: {source}",
                f"    author: {author}",
                f"    title: {_quoted(_sentence(rng, words, 4, 9))}",
                f"    date: {source[-4:]}",
            ]
    files[0].write_text("\n".join(lines) + "\n", encoding="utf-8")

    tags = [f"topic-{i}" for i in range(30)]
    targets_of = [_targets(rng, i) for i in range(claims)]
    incoming: dict[int, int] = {}
    for targets in targets_of:
        for target, _ in targets:
            incoming[target] = incoming.get(target, 0) + 1
    motion = max(
        (i for i in range(0, claims, MOTION_EVERY)), key=lambda i: (incoming.get(i, 0), -i)
    )
    for start in range(0, claims, CLAIMS_PER_FILE):
        path = root / "claims" / f"topic-{start // CLAIMS_PER_FILE:05d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = ["claims:"]
        for i in range(start, min(start + CLAIMS_PER_FILE, claims)):
            lines += _claim_lines(rng, words, i, author_ids, sources, tags, targets_of[i])
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return {"files": [str(f) for f in files], "motion": f"claim-{motion}", "author": author_ids[0]}


def _targets(rng: random.Random, i: int) -> list[tuple[int, str]]:
    if i == 0:
        return []
    # Poisson-like count with mean EDGES_PER_CLAIM, capped by how many claims come before.
    count = min(i, sum(rng.random() < EDGES_PER_CLAIM / 3 for _ in range(3)))
    chosen: dict[int, str] = {}
    while len(chosen) < count:
        if rng.random() < LOCAL_SHARE:
            target = rng.randint(max(0, i - LOCAL_WINDOW), i - 1)
        else:
            target = rng.randint(0, i - 1)
        chosen.setdefault(target, "rebuts" if rng.random() < REBUT_SHARE else "supports")
    return sorted(chosen.items())


def _claim_lines(
    rng: random.Random,
    words: list[str],
    i: int,
    author_ids: list[str],
    sources: dict[str, list[str]],
    tags: list[str],
    targets: list[tuple[int, str]],
) -> list[str]:
    lines = [f"  - id: claim-{i}", f"    text: {_quoted(_sentence(rng, words, 6, 16))}"]
    chosen_tags = rng.sample(tags, rng.choice((0, 1, 1, 2)))
    if chosen_tags:
        lines.append(f"    tags: [{', '.join(chosen_tags)}]")
    authors = rng.sample(author_ids, 4)
    extra = sum(rng.random() < EXTRA_STANCES_PER_CLAIM / 3 for _ in range(3))
    if i % MOTION_EVERY == 0:
        # A motion: nobody holds it; one author denies it.
        lines.append("    motion: true")
        holders, deniers = [], authors[:1]
    else:
        others = authors[1 : 1 + extra]
        deniers = [a for a in others if rng.random() < 0.5]
        holders = [authors[0]] + [a for a in others if a not in deniers]
    for key, people in (("held_by", holders), ("denied_by", deniers)):
        if not people:
            continue
        lines.append(f"    {key}:")
        for author in people:
            lines += [
                f"      - author: {author}",
                f"        quote: {_quoted(_sentence(rng, words, 8, 24))}",
                f"        source: {rng.choice(sources[author])}",
            ]
    for kind in ("supports", "rebuts"):
        ids = [f"claim-{t}" for t, k in targets if k == kind]
        if ids:
            lines.append(f"    {kind}: [{', '.join(ids)}]")
    if rng.random() < 0.1:
        lines.append(f"    strength: {rng.randint(1, 9) / 10}")
    return lines
