"""The JSON that Argdown's CLI writes (``argdown json``) to a map.

Every statement (an Argdown equivalence class) becomes a claim, and so does every argument
(its text is the argument's description, or its title): Argdown lets relations start and end
at arguments, so they need a node. In an argument's premise-conclusion structure each premise
supports the conclusion that follows it (a conclusion then serves as a premise of the next
step), and the argument's own claim supports its main conclusion. Relations: support (and
entails) supports, attack rebuts, contrary and contradictory rebut both ways, and an undercut
rebuts the argument's claim, with a warning, since argmap has no undercuts. Titles become ids
(``[Statement 1]`` -> ``statement-1``; Argdown's ``Untitled N`` get an id from their text), tags
become tags. Argdown has no authors, so the map has no stances.

The motions are the map's top-level claims: the statements written at the top level of the
Argdown document (``isUsedAsTopLevelStatement``) that bear on nothing; in a document with none,
the claims that bear on nothing and that something bears on. Given Argdown source instead of
its JSON, the error says how to get the JSON (``argdown json FILE.argdown DIR``).
"""

from __future__ import annotations

import re
from typing import Any

from argmap.errors import ArgmapError, Location
from argmap.importers.build import Imported, MapBuilder, parse_json, slugify
from argmap.model import EdgeKind

__all__ = ["read"]

_KINDS = {
    "support": EdgeKind.SUPPORTS,
    "entails": EdgeKind.SUPPORTS,
    "attack": EdgeKind.REBUTS,
    "undercut": EdgeKind.REBUTS,
}
_BOTH_WAYS = {"contrary", "contradictory"}
_ENDS = {"equivalence-class": "statement", "statement": "statement", "argument": "argument"}


def read(text: str, name: str) -> Imported:
    """Read Argdown JSON; an ArgmapError for JSON that is not an Argdown export."""
    if not text.lstrip().startswith("{"):
        raise ArgmapError(
            "this looks like Argdown source, not the JSON argmap reads: convert it with Argdown's "
            "command line (npm package @argdown/cli), 'argdown json FILE.argdown DIR', and "
            "import the .json file it writes into DIR",
            Location(name, 1),
        )
    data = parse_json(text, name, "an Argdown export")
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("statements", {}), dict)
        or not isinstance(data.get("arguments", {}), dict)
        or not ("statements" in data or "arguments" in data)
    ):
        raise ArgmapError(
            "not Argdown JSON: expected an object with 'statements' and 'arguments' objects "
            "(write it with 'argdown json FILE.argdown')",
            Location(name, 1),
        )
    builder = MapBuilder(name)
    ids: dict[tuple[str, str], str] = {}
    for kind in ("statement", "argument"):
        for title, entry in data.get(kind + "s", {}).items():
            claim = _element(builder, kind, title, entry)
            if claim is not None:
                ids[(kind, title)] = claim
    for title, entry in data.get("arguments", {}).items():
        if ("argument", title) in ids:
            _structure(builder, title, entry, ids)
    for relation in _relations(data, builder):
        _relation(builder, relation, ids)
    _motions(builder, data, ids)
    return builder.result()


def _motions(builder: MapBuilder, data: dict[str, Any], ids: dict[tuple[str, str], str]) -> None:
    """Top-level statements that bear on nothing; else the claims that only are borne on."""
    top = [
        ids[("statement", title)]
        for title, entry in data.get("statements", {}).items()
        if isinstance(entry, dict)
        and entry.get("isUsedAsTopLevelStatement")
        and ("statement", title) in ids
        and not builder.claims[ids[("statement", title)]].edges
    ]
    for claim_id in top or builder.roots():
        builder.mark_motion(claim_id)


def _line(entry: dict[str, Any]) -> str:
    members = entry.get("members")
    first = (
        members[0]
        if isinstance(members, list) and members and isinstance(members[0], dict)
        else entry
    )
    line = first.get("startLine")
    return f" (Argdown line {line})" if isinstance(line, int) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _member_text(member: dict[str, Any]) -> str:
    """A member's text without its #tags (the ``ranges`` say where they are)."""
    text = member.get("text")
    if not isinstance(text, str):
        return ""
    cuts = sorted(
        (r["start"], r["stop"])
        for r in _list(member.get("ranges"))
        if isinstance(r, dict)
        and r.get("type") == "tag"
        and isinstance(r.get("start"), int)
        and isinstance(r.get("stop"), int)
    )
    for start, stop in reversed(cuts):
        text = text[:start] + text[stop + 1 :]
    return re.sub(r"\s+", " ", text).strip()


def _element(builder: MapBuilder, kind: str, title: str, entry: Any) -> str | None:
    where = f"{kind} '{title}'"
    if not isinstance(entry, dict):
        builder.warn("bad-element", f"{where} is not an object; left out")
        return None
    members = [m for m in _list(entry.get("members")) if isinstance(m, dict)]
    texts = [t for m in members if not m.get("isReference") and (t := _member_text(m))]
    texts = texts or [t for m in members if (t := _member_text(m))]
    if not texts:
        texts = [title]
        builder.warn("no-text", f"{where}{_line(entry)} has no text; its title is the claim's text")
    raw_tags = entry.get("tags") or []
    tags = tuple(t for t in raw_tags if isinstance(t, str)) if isinstance(raw_tags, list) else ()
    auto = re.fullmatch(r"Untitled \d+", title) is not None
    claim_id = builder.claim(
        texts[0], where, wanted_id=None if auto else slugify(title, limit=60), tags=tags
    )
    if len(set(texts)) > 1:
        others = "; ".join(f'"{t}"' for t in dict.fromkeys(texts[1:]) if t != texts[0])
        builder.add_note(claim_id, f"Argdown gives this {kind} other wordings too: {others}")
    if not auto and claim_id != title:
        builder.add_note(
            claim_id,
            f"Argdown {kind} {'[' + title + ']' if kind == 'statement' else '<' + title + '>'}",
        )
    return claim_id


def _structure(
    builder: MapBuilder, title: str, entry: dict[str, Any], ids: dict[tuple[str, str], str]
) -> None:
    """Premises support the conclusion after them; the argument supports its main conclusion."""
    pcs = entry.get("pcs") or []
    if not isinstance(pcs, list):
        builder.warn(
            "bad-element",
            f"argument '{title}' has a 'pcs' that is not a list; its structure is left out",
        )
        return
    where = f"argument <{title}>{_line(entry)}"
    premises: list[str] = []
    conclusion: str | None = None
    for index, item in enumerate(pcs):
        claim = ids.get(("statement", str(item.get("title")))) if isinstance(item, dict) else None
        if claim is None:
            builder.warn(
                "bad-element",
                f"{where}: statement {index + 1} of its structure is not among the statements; left out",
            )
            continue
        if "inference" in item or "conclusion" in str(item.get("role", "")):
            for premise in premises:
                builder.edge(premise, claim, EdgeKind.SUPPORTS, where)
            premises, conclusion = [claim], claim
        else:
            premises.append(claim)
    if conclusion is not None:
        builder.edge(ids[("argument", title)], conclusion, EdgeKind.SUPPORTS, where)


def _relations(data: dict[str, Any], builder: MapBuilder) -> list[dict[str, Any]]:
    """All relations, from the top-level list and from each element, each once."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    lists: list[Any] = [data.get("relations") or []]
    for kind in ("statements", "arguments"):
        lists.extend(
            e.get("relations") or [] for e in data.get(kind, {}).values() if isinstance(e, dict)
        )
    for relations in lists:
        if not isinstance(relations, list):
            builder.warn("bad-relation", "a 'relations' entry is not a list; left out")
            continue
        for relation in relations:
            keys = ("from", "fromType", "relationType", "to", "toType")
            if not isinstance(relation, dict) or not all(
                isinstance(relation.get(k), str) for k in keys
            ):
                builder.warn(
                    "bad-relation",
                    f"relation {str(relation)[:80]} lacks {', '.join(keys)}; left out",
                )
                continue
            found.setdefault(tuple(relation[k] for k in keys), relation)
    return list(found.values())


def _relation(
    builder: MapBuilder, relation: dict[str, Any], ids: dict[tuple[str, str], str]
) -> None:
    ends = []
    for side in ("from", "to"):
        kind = _ENDS.get(relation[side + "Type"], relation[side + "Type"])
        claim = ids.get((kind, relation[side]))
        if claim is None:
            builder.warn(
                "dangling-ref",
                f"relation {relation['from']} {relation['relationType']} {relation['to']}: no {kind} '{relation[side]}'; left out",
            )
            return
        ends.append(claim)
    source, target = ends
    rel = relation["relationType"]
    where = f"relation '{relation['from']}' {rel} '{relation['to']}'"
    if rel in _BOTH_WAYS:
        builder.edge(source, target, EdgeKind.REBUTS, where)
        builder.edge(target, source, EdgeKind.REBUTS, where)
    elif rel in _KINDS:
        if rel == "undercut":
            builder.warn(
                "undercut",
                f"{where}: an undercut (an attack on the inference) is kept as a rebuttal of the argument's claim",
            )
        builder.edge(source, target, _KINDS[rel], where)
    else:
        builder.warn(
            "unknown-relation", f"{where}: relation type '{rel}' is not one argmap reads; left out"
        )
