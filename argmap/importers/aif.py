"""AIF JSON, as AIFdb and OVA export it, to a map.

What becomes what:

- an I-node is a claim; its AIF ``nodeID`` is kept as the claim id when it is already a valid,
  non-numeric id (so argmap's own AIF export reads back unchanged), else the id is made from
  the text;
- every premise of an RA node supports its conclusion; the attacker of a CA node rebuts its
  target; an RA or CA aimed at another RA or CA (an undercut) is reported and left out;
- an MA node (rephrase) keeps both claims and notes on the rephrasing claim which claim it
  rephrases;
- dialogue: an L-node's speaker is the "Name : text" prefix of its text, else the name of its
  ``personID`` (from ``participants``, else the name that ID's other locutions carry), and the
  locution text without the prefix is the quote. ``L -YA-> I`` anchors make stances:
  Asserting, Agreeing, Restating, (Popular) Conceding and assertive or rhetorical questions
  hold the claim, Disagreeing denies it. ``TA -YA-> I`` (a reply) makes the replying speaker hold
  (Agreeing) or deny (Disagreeing) it. Where an I-node has no ``L -YA-> I`` anchor (QT30's
  nodesets leave them out), the reply that argues, disagrees or rephrases with it
  (``TA -YA-> RA/CA/MA``) says who said it: the replying locution states the premise, the
  locution replied to states the conclusion, as IAT analyses them.
- xAIF (OVA3's files, AMF's output) holds the AIF under a top-level ``"AIF"`` key: read from there.
- motions: the claims that bear on nothing and that something bears on (the map's roots).
- ``"argmap"``, the extension key ``argmap export aif`` writes, gives back what AIF cannot say:
  claims' tags, base strengths, notes and motion flags (``claims``, by I-node id), edge notes
  (``relations``, by RA/CA node id), stance notes (``locutions``, by L-node id), authors'
  affiliations and the sources (``authors``, ``sources``, as ``export json`` writes them).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from argmap.errors import ArgmapError, Location
from argmap.importers.aif_graph import AifNode, of_type, read_edges, read_nodes
from argmap.importers.build import Imported, MapBuilder, parse_json
from argmap.importers.native import claim_details, read_authors_and_sources
from argmap.model import EdgeKind, Side
from argmap.wording import plural

__all__ = ["read"]

# Illocutions are compared as lowercase letters only: AIFdb writes "Rhetorical Questioning" in
# `text` but "RhetoricalQuestioning" in `scheme`.
HOLDING = {
    "asserting",
    "agreeing",
    "restating",
    # Conceding grants the proposition: the speaker holds it, however reluctantly.
    "conceding",
    "popularconceding",
    "defaultillocuting",  # IAT's unspecified illocution: the speaker said it
    "assertivequestioning",
    "rhetoricalquestioning",
}
DENYING = {"disagreeing"}
_PREFIX = re.compile(r"\s*([^:\n]{1,60}?)\s*:\s+(\S.*)\Z", re.DOTALL)
KNOWN_TYPES = {"I", "L", "RA", "CA", "MA", "YA", "TA"}
# The key of argmap's extension: what AIF cannot say (see argmap.export.aif).
EXTENSION_KEY = "argmap"


@dataclass
class _Speaker:
    author: str
    quote: str


def read(text: str, name: str) -> Imported:
    """Read AIF JSON; an ArgmapError for JSON that is not an AIF document."""
    data = parse_json(text, name, "an AIF file")
    if isinstance(data, dict) and isinstance(data.get("AIF"), dict):
        # xAIF, as OVA3 saves and AMF emits: the AIF inside, dialogue text and layout beside.
        data = data["AIF"]
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise ArgmapError(
            "not an AIF document: expected an object with a 'nodes' list (and 'edges'), "
            "or an xAIF object with an 'AIF' one",
            Location(name, 1),
        )
    extension = data.get(EXTENSION_KEY)
    # argmap wrote the file: its ids are argmap's, numeric ones included.
    builder = MapBuilder(name, exact_ids=isinstance(extension, dict))
    if isinstance(extension, dict):
        read_authors_and_sources(extension, builder)
    nodes = read_nodes(data["nodes"], builder)
    read_edges(data.get("edges", []), nodes, builder)
    claims = {
        n.id: builder.claim(n.text, f"node {n.id} (I)", wanted_id=n.id)
        for n in nodes.values()
        if n.type == "I"
    }
    notes = _extension(extension, "relations")
    _relations(nodes, claims, builder, notes)
    speakers = _Speakers(data, nodes, builder)
    speakers.notes = _extension(extension, "locutions")
    _stances(nodes, claims, speakers, builder)
    _report_leftovers(nodes, builder)
    details = _extension(extension, "claims")
    for node_id, claim_id in claims.items():
        if isinstance(details.get(node_id), dict):
            claim_details(builder, claim_id, details[node_id])
    if not isinstance(extension, dict):
        for claim_id in builder.roots():
            builder.mark_motion(claim_id)
    return builder.result()


def _extension(extension: Any, key: str) -> dict[str, Any]:
    part = extension.get(key) if isinstance(extension, dict) else None
    return part if isinstance(part, dict) else {}


def _relations(
    nodes: dict[str, AifNode],
    claims: dict[str, str],
    builder: MapBuilder,
    notes: dict[str, Any],
) -> None:
    """RA, CA and MA nodes to edges and notes (``notes``: the extension's, by node id)."""
    for node in nodes.values():
        if node.type not in ("RA", "CA", "MA"):
            continue
        where = f"node {node.id} ({node.type})"
        premises = of_type(nodes, node.incoming, "I")
        conclusions = of_type(nodes, node.outgoing, "I")
        aimed = of_type(nodes, node.outgoing, "RA", "CA", "MA")
        for other in aimed:
            what = "an undercut" if node.type == "CA" else "an argument about an inference"
            builder.warn(
                "undercut",
                f"{where} bears on node {other} ({nodes[other].type}), not on a claim: "
                f"{what}, which argmap does not model; left out",
            )
        if not premises or not conclusions:
            if not aimed:
                missing = "premise" if not premises else "conclusion"
                builder.warn("incomplete-node", f"{where} has no {missing} I-node; left out")
            continue
        for premise in premises:
            for conclusion in conclusions:
                if node.type == "MA":
                    builder.add_note(
                        claims[premise], f"Rephrases '{claims[conclusion]}' (AIF node {node.id})."
                    )
                else:
                    kind = EdgeKind.SUPPORTS if node.type == "RA" else EdgeKind.REBUTS
                    extra = notes.get(node.id)
                    note = extra.get("note") if isinstance(extra, dict) else None
                    builder.edge(
                        claims[premise],
                        claims[conclusion],
                        kind,
                        where,
                        note=note if isinstance(note, str) else None,
                    )


class _Speakers:
    """Who said each L-node, and the words without the "Name : " prefix."""

    def __init__(
        self, data: dict[str, Any], nodes: dict[str, AifNode], builder: MapBuilder
    ) -> None:
        self.builder = builder
        self.nodes = nodes
        self.persons: dict[str, list[str]] = defaultdict(list)
        # The `source` a locution entry names, and argmap's notes on locutions (its extension).
        self.sources: dict[str, str] = {}
        self.notes: dict[str, Any] = {}
        locutions = data.get("locutions", [])
        if not isinstance(locutions, list):
            builder.warn(
                "bad-locution", "'locutions' is not a list; speakers come from L-node text only"
            )
            locutions = []
        for index, item in enumerate(locutions):
            if not isinstance(item, dict) or not isinstance(item.get("nodeID"), str | int):
                builder.warn("bad-locution", f"locutions[{index}] has no 'nodeID'; left out")
                continue
            person = item.get("personID")
            node_id = str(item["nodeID"])
            if isinstance(item.get("source"), str):
                self.sources.setdefault(node_id, item["source"])
            # AIFdb repeats a locution once per edit; each person counts once per L-node.
            if isinstance(person, str | int) and str(person) not in self.persons[node_id]:
                self.persons[node_id].append(str(person))
        self.names = self._participants(data.get("participants"))
        self._name_persons()
        self.cache: dict[str, _Speaker | None] = {}

    def _participants(self, raw: Any) -> dict[str, str]:
        names: dict[str, str] = {}
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("participantID"), str | int):
                parts = [item.get("firstname"), item.get("surname")]
                full = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
                if full:
                    names[str(item["participantID"])] = full
        return names

    def _name_persons(self) -> None:
        # A personID with no participant entry is called by the name its locutions most often
        # carry in their "Name : " prefix.
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for node_id, persons in self.persons.items():
            node = self.nodes.get(node_id)
            prefix = _PREFIX.match(node.text) if node is not None else None
            for person in persons:
                if prefix:
                    seen[person][prefix.group(1)] += 1
        for person, counts in seen.items():
            self.names.setdefault(person, counts.most_common(1)[0][0])

    def of(self, node_id: str) -> _Speaker | None:
        if node_id not in self.cache:
            self.cache[node_id] = self._find(self.nodes[node_id])
        return self.cache[node_id]

    def _find(self, node: AifNode) -> _Speaker | None:
        persons = self.persons.get(node.id, [])
        for person in persons:
            name = self.names.get(person)
            if name and node.text.startswith(name):
                rest = node.text[len(name) :].lstrip()
                if rest.startswith(":"):
                    quote = rest[1:].strip() or node.text
                    return _Speaker(self.builder.author(name, person), quote)
        prefix = _PREFIX.match(node.text)
        if prefix:
            return _Speaker(self.builder.author(prefix.group(1)), prefix.group(2).strip())
        if persons:
            person = persons[0]
            name = self.names.get(person, f"Person {person}")
            return _Speaker(self.builder.author(name, person), node.text)
        self.builder.warn(
            "no-speaker",
            f"node {node.id} (L) names no speaker (no personID, no 'Name : ' prefix); its stances are left out",
        )
        return None


def _stances(
    nodes: dict[str, AifNode], claims: dict[str, str], speakers: _Speakers, builder: MapBuilder
) -> None:
    anchored: set[str] = set()
    replies: list[tuple[AifNode, str, list[str], Side | None]] = []
    inferred: list[tuple[AifNode, list[str], list[str], AifNode]] = []
    for node in nodes.values():
        if node.type != "YA":
            continue
        side = (
            Side.HOLDS
            if node.illocution in HOLDING
            else Side.DENIES
            if node.illocution in DENYING
            else None
        )
        for origin in node.incoming:
            for target in node.outgoing:
                kind = nodes[target].type
                if nodes[origin].type == "L" and kind == "I":
                    anchored.add(target)
                    _say(builder, speakers, node, origin, claims[target], side)
                elif nodes[origin].type == "L" and kind == "L":
                    builder.warn(
                        "not-a-stance",
                        f"node {node.id} (YA '{node.text}') anchors reported speech (L {origin} reports L {target}); left out",
                    )
                elif nodes[origin].type == "TA" and kind == "I":
                    replies.append(
                        (node, target, of_type(nodes, nodes[origin].outgoing, "L"), side)
                    )
                elif nodes[origin].type == "TA" and kind in ("RA", "CA", "MA"):
                    ta = nodes[origin]
                    inferred.append(
                        (
                            node,
                            of_type(nodes, ta.incoming, "L"),
                            of_type(nodes, ta.outgoing, "L"),
                            nodes[target],
                        )
                    )
    for ya, target, repliers, side in replies:
        for locution in repliers:
            _say(builder, speakers, ya, locution, claims[target], side)
    for ya, said_before, reply, relation in inferred:
        for premise in of_type(nodes, relation.incoming, "I"):
            if premise not in anchored:
                for locution in reply:
                    _say(builder, speakers, ya, locution, claims[premise], Side.HOLDS)
        for conclusion in of_type(nodes, relation.outgoing, "I"):
            if conclusion not in anchored:
                for locution in said_before:
                    _say(builder, speakers, ya, locution, claims[conclusion], Side.HOLDS)


def _say(
    builder: MapBuilder,
    speakers: _Speakers,
    ya: AifNode,
    locution: str,
    claim: str,
    side: Side | None,
) -> None:
    where = f"node {ya.id} (YA '{ya.text}')"
    if side is None:
        builder.warn(
            "not-a-stance",
            f"{where} on '{claim}' takes no side (a question or challenge); left out",
        )
        return
    speaker = speakers.of(locution)
    if speaker is not None:
        extra = speakers.notes.get(locution)
        note = extra.get("note") if isinstance(extra, dict) else None
        builder.stance(
            claim,
            speaker.author,
            side,
            speaker.quote,
            f"{where} from L {locution}",
            source=speakers.sources.get(locution),
            note=note if isinstance(note, str) else None,
        )


def _report_leftovers(nodes: dict[str, AifNode], builder: MapBuilder) -> None:
    counts = Counter(n.type for n in nodes.values())
    if counts["TA"]:
        builder.warn(
            "dialogue-order",
            f"{plural(counts['TA'], 'TA node')} (the order of the dialogue) "
            f"{'has' if counts['TA'] == 1 else 'have'} no place in a map; "
            "they were used only to find who said what",
        )
    for node in nodes.values():
        if node.type not in KNOWN_TYPES:
            builder.warn(
                "unknown-type",
                f"node {node.id} has type '{node.type}', which argmap does not read; left out",
            )
