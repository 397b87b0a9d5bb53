"""Whose voice a sentence speaks in, and how much it argues: for drafting claims from an article.

An article mixes the author's own claims with things that are not: its title and headings, the
byline and the note about the author, questions, quotations of other people, and views the
author reports in order to answer them ("some argue", "critics claim"). Those are recognised
from the wording alone; what is left is scored by the marks of an argued point (modal verbs,
negation, hedges, connectives) against those of a narrated fact (a date up front, figures).
"""

from __future__ import annotations

import re

__all__ = ["argument_marks", "quoted_spans", "reason_to_skip"]

# Fewer words than this is a heading, a caption or a fragment, not a claim.
MIN_WORDS = 6

_WHO = (
    r"(?:some|many|most|several|few|others|critics|sceptics|skeptics|observers|analysts|"
    r"commentators|experts|pundits|scholars|proponents|advocates|opponents|people|"
    r"(?:some|many|most|several|western|chinese|russian|american|other)\s+"
    r"(?:\w+\s+)?(?:analysts|observers|experts|scholars|commentators|critics|writers|"
    r"officials|strategists|pundits|people))"
)
_SAY = (
    r"(?:argue|argued|claim|claimed|contend|contended|suggest|suggested|believe|believed|say|"
    r"said|maintain|maintained|insist|insisted|assert|asserted|hope|hoped|fear|feared|think|"
    r"thought|predict|predicted|call|called|see|saw|view|viewed|assume|assumed|warn|warned)"
)
# A view the sentence reports rather than holds, when it opens the sentence (a concessive
# opening such as "Though many call it bipolar, ..." is the author answering the view).
_REPORTED = re.compile(
    rf"^(?:{_WHO}\s+(?:\w+\s+){{0,2}}{_SAY}\b"
    r"|(?:they|people)\s+say\b"
    r"|it\s+is\s+(?:often|commonly|widely|frequently|sometimes|generally|usually)\s+"
    r"(?:said|argued|claimed|believed|assumed|thought|suggested|held)\b"
    r"|(?:one|a|the|another)\s+(?:\S+\s+){0,2}(?:objection|criticism|counter-?argument)\b"
    r"|(?:the\s+)?conventional\s+wisdom\b"
    r"|according\s+to\b)",
    re.IGNORECASE,
)
_ABOUT_AUTHOR = re.compile(
    r"^(?:written\s+by|by\s+[A-Z])"
    r"|\b(?:is|was)\s+(?:also\s+)?(?:(?:an?|the)\s+)?(?:[\w'\u2019.-]+\s+){0,4}"
    r"(?:professor|lecturer|fellow|researcher|director|editor|journalist|correspondent"
    r"|student|associate)\s+(?:of|at|in|for|with)\b"
    r"|\bcan\s+be\s+reached\b|\bimage\s+credit\b|\bphoto(?:graph)?\s*(?:credit|by)?:"
    r"|\bviews\s+expressed\b|^read\s+more\b|\ball\s+rights\s+reserved\b|\bcopyright\b"
    r"|\S+@\S+\.\w+|https?://",
    re.IGNORECASE,
)
# Someone else's view, reported with a verb of saying: "Feng argued that", "he sees Crimea as".
_SAYING = (
    r"(?:argue[sd]?|claim(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?"
    r"|assert(?:s|ed)?|wr(?:ite|ites|ote)|state[sd]?|sa(?:y|ys|id)|conclude[sd]?"
    r"|believe[sd]?|suggest(?:s|ed)?|note[sd]?|warn(?:s|ed)?)"
)
_REPORTED_SPEECH = re.compile(
    rf"\b(?!(?:I|We|we)\b)(?:he|she|they|[A-Z][\w'\u2019-]+)\s+(?:\w+ly\s+)?{_SAYING}"
    r"\s+(?:(?:in|at|on)\s+[^,]{1,40}\s+)?that\b"
    r"|\b(?:his|her|their)\s+(?:argument|view|claim|thesis|analysis|interpretation)\b"
    r"|\bas\s+the\s+(?:piece|article|report|paper|author|statement)\s+\w+",
)

# Marks of an argued point, one family each: a sentence scores a point per family it shows.
_MARKS = {
    "modal": r"will|would|could|can|cannot|may|might|must|should|shall|need|needs",
    "negation": r"not|no|never|nor|neither|none|nothing|n't|without|unlikely",
    "hedge": r"likely|unlikely|perhaps|possibly|probably|apparently|seemingly|appears?|seems?"
    r"|certainly|clearly|surely|indeed|arguably|hardly|only|merely|simply|just",
    "judgement": r"necessary|sufficient|important|crucial|key|essential|critical|real|true"
    r"|false|mistaken|wrong|right|limited|significant|serious|better|worse|best|worst"
    r"|unnecessary|counterproductive|inevitable|impossible|possible|difficult|logical",
    "connective": r"however|therefore|thus|hence|because|since|so|but|yet|although|though"
    r"|while|whereas|despite|instead|rather|nevertheless|nonetheless|consequently|means"
    r"|in\s+short|in\s+fact|as\s+a\s+result|on\s+the\s+other\s+hand",
    "comparison": r"more|less|than|most|least|greater|fewer",
}
_MARK_PATTERNS = {
    k: re.compile(rf"(?<![\w-])(?:{v})(?![\w-])", re.IGNORECASE) for k, v in _MARKS.items()
}
# Marks of a narrated fact: a date or time phrase opening the sentence, and figures.
_DATED_OPENING = re.compile(
    r"^(?:in|on|by|since|from|over|during|after|before|until|last|this|recently|earlier)\b"
    r"[^,]{0,40}?\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|year|month|week|decade)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"[$\u20ac\u00a3%]|\b\d[\d,.]*\b")
_OPENING_QUOTES = "\u201c\u00ab\u201e"
_CLOSING_QUOTES = "\u201d\u00bb"


def reason_to_skip(sentence: str, quoted_share: float = 0.0) -> str | None:
    """Why ``sentence`` is no claim in the author's own voice, or None when it may be one.

    ``quoted_share`` is the share of its characters inside quotation marks.

    >>> reason_to_skip("Some argue that the two will soon be allies.")
    'reported view'
    >>> reason_to_skip("Though many call the order bipolar, it is too early to say so.") is None
    True
    >>> reason_to_skip("Will Russia accept the role of junior partner?")
    'question'
    """
    text = sentence.strip()
    words = text.split()
    if text.endswith("?") or text.rstrip("\"'\u201d\u2019)").endswith("?"):
        return "question"
    if len(words) < MIN_WORDS or not text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "\u2026")):
        return "heading or fragment"
    if _ABOUT_AUTHOR.search(text):
        return "about the author"
    if quoted_share >= 0.5:
        return "quotation"
    if _REPORTED.match(text.lstrip("\"'\u201c\u2018(")) or _REPORTED_SPEECH.search(text):
        return "reported view"
    return None


def argument_marks(sentence: str) -> float:
    """How much ``sentence`` reads as an argued point: a point per family of marks it shows,
    less one for a dated opening and half a point per figure (at most one).

    >>> argument_marks("An alliance would not be in Russia's interest.")
    2.0
    >>> argument_marks("In 2001, the two countries signed a treaty.")
    -1.5
    """
    score = float(sum(1 for pattern in _MARK_PATTERNS.values() if pattern.search(sentence)))
    if _DATED_OPENING.match(sentence):
        score -= 1
    score -= min(1.0, 0.5 * len(_FIGURE.findall(sentence)))
    return score


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside quotation marks, line by line.

    Curly quotes open and close; straight double quotes alternate. A closing mark with no
    opening one on its line means the line began inside a quotation (a quotation that runs
    over several paragraphs), and an opening mark never closed runs to the end of the line.

    >>> text = 'He said \u201cno\u201d.\\nthe end of it\u201d, she wrote.'
    >>> [text[a:b] for a, b in quoted_spans(text)]
    ['no', 'the end of it']
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        open_at: int | None = None
        first = True
        for i, char in enumerate(line):
            at = offset + i
            straight_closes = char == '"' and open_at is not None
            if char in _OPENING_QUOTES or (char == '"' and not straight_closes):
                if open_at is None:
                    open_at = at + 1
            elif char in _CLOSING_QUOTES or straight_closes:
                if open_at is not None:
                    spans.append((open_at, at))
                    open_at = None
                elif first:
                    spans.append((offset, at))
                first = False
                continue
            if char in _OPENING_QUOTES or char == '"':
                first = False
        if open_at is not None:
            spans.append((open_at, offset + len(line.rstrip("\r\n"))))
        offset += len(line)
    return spans
