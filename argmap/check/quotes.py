"""Rules on quotes and source texts (``check --texts DIR``): every quote is in its source's text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from argmap.check.registry import Problem, rule
from argmap.errors import Severity
from argmap.model import ArgMap, Source, Stance, sole_sources_of
from argmap.sourcetext import Ranker
from argmap.textmatch import closest_passage, fold

__all__ = ["SourceTexts", "no_text", "quote_not_found", "text_not_found"]


class SourceTexts:
    """The text files of a map's sources in one folder, each read and folded once."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._raw: dict[str, str] = {}
        self._folded: dict[str, str | None] = {}
        self._rankers: dict[str, Ranker] = {}
        self.errors: dict[str, str] = {}

    def path(self, source: Source) -> Path:
        assert source.text is not None
        return self.root / source.text

    def folded(self, source: Source) -> str | None:
        """The source's text, folded (``argmap.textmatch.fold``); None when it cannot be read."""
        if source.id not in self._folded:
            try:
                self._raw[source.id] = self.path(source).read_text(encoding="utf-8")
                self._folded[source.id] = fold(self._raw[source.id])
            except (OSError, UnicodeDecodeError) as error:
                self._folded[source.id] = None
                self.errors[source.id] = getattr(error, "strerror", None) or str(error)
        return self._folded[source.id]

    def closest_hint(self, source: Source, quote: str, width: int = 160) -> str:
        """The passage of the source's text that best matches ``quote``, with its line.

        The passages are ranked as ``argmap quote`` ranks them; where the quote shares no word
        with the text, the longest common run of characters is the hint.
        """
        folded = self.folded(source)
        if folded is None:
            return ""
        ranker = self._rankers.get(source.id)
        if ranker is None:
            ranker = self._rankers[source.id] = Ranker(self._raw[source.id])
        best = ranker.rank(quote, top=1)
        if not best:
            near = closest_passage(quote, folded, width)
            return f'; closest passage: "{near}"' if near else ""
        passage = fold(best[0].passage.text)
        if len(passage) > width:
            passage = passage[:width].rsplit(" ", 1)[0] + " \u2026"
        return f'; closest passage (line {best[0].passage.line}): "{passage}"'


def _cited(argmap: ArgMap) -> Iterator[tuple[Stance, Source]]:
    """Each stance with the source it quotes: its own, else its author's only one."""
    sources = argmap.source_by_id
    sole = sole_sources_of(argmap.sources)
    for stance in argmap.stances():
        source_id = stance.source or sole.get(stance.author)
        cited = sources.get(source_id) if source_id else None
        if cited is not None:
            yield stance, cited


@rule("quote-not-found", Severity.ERROR, texts=True)
def quote_not_found(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a quote not in its source's text

    Quotes are compared after folding typographic quotes, dashes and white space; a quote
    that is not found gets the closest passage of the text, with its line, as a hint.

    TEXT:
        The bear and the dragon met in 2014, and parted soon after.
    PASS:
        sources:
          - {id: essay, author: cy, title: Bear and dragon, text: essay.txt}
        authors:
          - {id: cy, name: Cy Cole}
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: "the dragon met in 2014"}]}
    FAIL:
        sources:
          - {id: essay, author: cy, title: Bear and dragon, text: essay.txt}
        authors:
          - {id: cy, name: Cy Cole}
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: "the tiger met in 2014"}]}
    """
    for stance, cited in _cited(argmap):
        if cited.text is None or not stance.quote.strip():
            continue
        text = texts.folded(cited)
        if text is None or fold(stance.quote) in text:
            continue
        yield (
            stance.quote_loc,
            f"quote by '{stance.author}' on '{stance.claim}' is not in {cited.text}"
            + texts.closest_hint(cited, stance.quote),
        )


@rule("text-not-found", Severity.ERROR, texts=True)
def text_not_found(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a source's text file is missing

    A source's ``text:`` names a file in the folder given to ``--texts``.

    TEXT:
        The bear and the dragon met in 2014.
    PASS:
        sources:
          - {id: essay, author: ann, title: Bear and dragon, text: essay.txt}
    FAIL:
        sources:
          - {id: essay, author: ann, title: Bear and dragon, text: missing.txt}
    """
    seen: set[str] = set()
    for source in argmap.sources:
        if source.text is None or source.id in seen:
            continue
        seen.add(source.id)
        if texts.folded(source) is None:
            yield (
                source.loc,
                (
                    f"cannot read text '{texts.path(source)}' of source '{source.id}': "
                    f"{texts.errors[source.id]}"
                ),
            )


@rule("no-text", Severity.WARNING, texts=True)
def no_text(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a source with quotes but no `text:` file

    Its quotes cannot be checked; reported once per source.

    TEXT:
        Trade grows.
    PASS:
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: trade grows}]}
        authors:
          - {id: cy, name: Cy Cole}
        sources:
          - {id: cy-2022, author: cy, title: Trade, text: essay.txt}
    FAIL:
        claims:
          - {id: a, text: A., held_by: [{author: ann, quote: trade grows}]}
    """
    reported: set[str] = set()
    for _, cited in _cited(argmap):
        if cited.text is None and cited.id not in reported:
            reported.add(cited.id)
            yield (
                cited.loc,
                f"source '{cited.id}' has no 'text:' file, so its quotes cannot be checked",
            )
