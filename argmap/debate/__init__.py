"""Debate briefs: one side's case on a motion, the attacks it will face, the map's answers at
every depth, common ground, concessions, and the words and timings a handout prints.

``case`` finds a side's case and the attacks on it; ``answers`` the answers at depth and what
to prepare where there is none; ``standing`` how well a claim stands, in words, and the order
of a brief; ``ground`` the common ground; ``wording`` notes, cites and reading times;
``brief`` puts a brief together as plain data; ``cards`` the source paragraphs of debate
cards; ``drill`` the marking of typed answers.
"""

from __future__ import annotations

from argmap.debate.brief import brief
from argmap.debate.case import SIDES, attack_groups, attacks, case, case_outline, motions
from argmap.debate.ground import common_ground

__all__ = [
    "SIDES",
    "attack_groups",
    "attacks",
    "brief",
    "case",
    "case_outline",
    "common_ground",
    "motions",
]
