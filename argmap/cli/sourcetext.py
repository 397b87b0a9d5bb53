"""`argmap quote` and `argmap ingest`: from a source text to quotes and draft claims, offline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from argmap.cli.context import AppContext
from argmap.cli.options import format_option
from argmap.errors import ArgmapError
from argmap.wording import plural

if TYPE_CHECKING:
    from argmap.model import ArgMap


@click.command()
@click.argument("text")
@click.option(
    "--in", "file", required=True, metavar="FILE", help="The source text to find passages in."
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="How many passages to show.",
)
@format_option("table", "json")
@click.pass_obj
def quote(app: AppContext, text: str, file: str, top: int, fmt: str) -> None:
    """The passages of a source text that best show a claim, verbatim, with line numbers.

    TEXT is a claim's wording, or the id of a claim of the map (its text is used). The
    passages are sentences, and clauses of long sentences, exactly as the file has them,
    ready to paste as a quote; best first, none overlapping another, each with a score
    from 0 to 1 (the share of the claim's words the passage holds, weighted by rarity).

    \b
    Example:
      argmap quote "China and Russia will not ally soon" --in ../sources/yuan.txt
      argmap quote alliance-unnecessary-counterproductive --in yuan.txt --top 3
      argmap quote us-pivot-not-aimed-at-china-core-interests --in yuan.txt --format json
    """
    from argmap.cli.output import emit
    from argmap.sourcetext import Ranker

    claim_id, query = _query(app, text)
    source = _read_text(file)
    matches = Ranker(source).rank(query, top)
    if fmt == "json":
        result: dict[str, object] = {"query": query, "file": file}
        if claim_id:
            result["claim"] = claim_id
        result["passages"] = [
            {"text": m.passage.text, "line": m.passage.line, "score": round(m.score, 3)}
            for m in matches
        ]
        emit(app, result, "json")
        return
    if not matches:
        app.err.print(f"no passage of {file} shares a word with: {query}", soft_wrap=True)
        return
    from argmap.views.sourcetext import passage_table

    app.console.print(passage_table(query, file, matches))


@click.command()
@click.argument("file")
@click.option("--author", required=True, metavar="A", help="The author's id.")
@click.option("--source", required=True, metavar="S", help="The source's id.")
@click.option(
    "--lines",
    metavar="FIRST-LAST",
    help="Only these lines of FILE (for a file that holds several articles).",
)
@click.option("--name", help="The author's full name, when the map has no author A yet.")
@click.option("--title", help="The source's title, when the map has no source S yet.")
@click.option(
    "-o",
    "--output",
    metavar="DRAFT",
    help="Write the draft to DRAFT (atomically) instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite DRAFT if it exists.")
@click.pass_obj
def ingest(
    app: AppContext,
    file: str,
    author: str,
    source: str,
    lines: str | None,
    name: str | None,
    title: str | None,
    output: str | None,
    force: bool,
) -> None:
    """A draft map file from a new article: candidate claims with verbatim quotes.

    Each sentence (or clause of a long sentence) that asserts something in the author's
    own voice becomes a draft claim with a suggested id and its quote; titles, bylines,
    questions, quotations and views the author reports in order to answer them ("some
    argue", "critics claim") are left out, and so are the sentences that read least like
    an argued point. Under each claim, comments name the map's claims it most resembles:
    "# may bear on: <claim-id> (<score>)". Keep or delete each entry, reword it, and turn
    the links you confirm into supports/rebuts. The draft is written to stdout, or with -o
    to a file (never over an existing one without --force); the map is not touched.

    \b
    Example:
      argmap ingest yuan.txt --author yuan --source yuan-2016 -o yuan-draft.yaml
      argmap ingest seeds/001.txt --lines 9-33 --author yuan --source yuan-2016
      argmap ingest new.txt --author lee --name "Ann Lee" --source lee-2024 --title "..."
    """
    from argmap.cli.output import write_to
    from argmap.load.fields import ID_PATTERN
    from argmap.sourcetext.draft import draft_claims
    from argmap.sourcetext.draftfile import DraftHeader, render_draft

    for what, value in (("author", author), ("source", source)):
        if not ID_PATTERN.match(value):
            raise ArgmapError(
                f"--{what} '{value}' is not an id: use lowercase letters, digits and hyphens "
                f"(e.g. '{_as_id(value)}')"
            )
    if output is not None:
        _check_output(Path(output), force)
    text = _read_text(file)
    first, last = _line_range(lines, text, file)
    argmap = app.workspace.raw
    known = {c.id: " ".join([c.text, *(s.quote for s in c.stances)]) for c in argmap.claims}
    taken = set(known) | {a.id for a in argmap.authors} | {s.id for s in argmap.sources}
    drafts = draft_claims(text, known, (first, last), taken_ids=taken)
    header = DraftHeader(
        author=author,
        source=source,
        origin=file + (f", lines {first}-{last}" if lines else ""),
        author_name=None if author in argmap.author_by_id else (name or author),
        source_title=_new_source_title(argmap, author, source, title, text, first, last),
        source_text=Path(file).name,
    )
    draft = render_draft(header, drafts)
    if output is None:
        click.echo(draft, nl=False)
        return
    write_to(output, draft)
    app.err.print(f"wrote {plural(len(drafts), 'draft claim')} to {output}", soft_wrap=True)


def _query(app: AppContext, text: str) -> tuple[str | None, str]:
    """The claim id and its text when TEXT names a claim of the map, else (None, TEXT)."""
    from argmap.load.fields import ID_PATTERN

    if not text.strip():
        raise ArgmapError("the claim to quote is empty: give its wording or its id")
    if not ID_PATTERN.match(text):
        return None, text
    try:
        claims = app.workspace.raw.claim_by_id
    except ArgmapError:
        return None, text  # no map to look the id up in: take TEXT as a wording
    claim = claims.get(text)
    return (text, claim.text) if claim is not None else (None, text)


def _read_text(file: str) -> str:
    """The text of FILE, or an ArgmapError that says in one line why it cannot be read."""
    from argmap.files import read_regular

    path = Path(file)
    if not path.exists():
        raise ArgmapError(f"no file '{file}'")
    if path.is_dir():
        raise ArgmapError(f"'{file}' is a directory: give a text file")
    try:
        text = read_regular(path).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArgmapError(
            f"'{file}' is not UTF-8 text (byte {error.start}): convert it to UTF-8 first"
        ) from None
    except OSError as error:
        raise ArgmapError(f"cannot read '{file}': {error.strerror or error}") from None
    if not text.strip():
        raise ArgmapError(f"'{file}' has no text")
    return text


def _line_range(lines: str | None, text: str, file: str) -> tuple[int, int]:
    """``--lines FIRST-LAST`` as numbers, checked against the text."""
    count = len(text.splitlines())
    if lines is None:
        return 1, count
    first_s, dash, last_s = lines.partition("-")
    if not (dash and first_s.strip().isdigit() and last_s.strip().isdigit()):
        raise ArgmapError(f"--lines '{lines}' is not FIRST-LAST (e.g. --lines 9-33)")
    first, last = int(first_s), int(last_s)
    if not 1 <= first <= last:
        raise ArgmapError(f"--lines '{lines}': FIRST must be at least 1 and at most LAST")
    if first > count:
        raise ArgmapError(f"--lines '{lines}': '{file}' has only {plural(count, 'line')}")
    if not "".join(text.splitlines()[first - 1 : last]).strip():
        raise ArgmapError(f"--lines '{lines}': those lines of '{file}' have no text")
    return first, min(last, count)


def _check_output(path: Path, force: bool) -> None:
    if path.is_dir():
        raise ArgmapError(
            f"-o '{path}' is a directory: name the draft file (e.g. {path / 'draft.yaml'})"
        )
    if path.exists() and not force:
        raise ArgmapError(f"'{path}' exists: choose another name, or --force to overwrite it")
    if not path.parent.is_dir():
        raise ArgmapError(f"cannot write '{path}': no directory '{path.parent}'")


def _new_source_title(
    argmap: ArgMap, author: str, source: str, title: str | None, text: str, first: int, last: int
) -> str | None:
    """The title to write for a source the map lacks (None when the map has it)."""
    known = argmap.source_by_id.get(source)
    if known is not None:
        if author not in known.authors:
            raise ArgmapError(
                f"source '{source}' of the map is by {', '.join(known.authors) or 'nobody'}, "
                f"not '{author}': give this article's own source id"
            )
        return None
    if title:
        return title
    # An article usually opens with its title.
    for line in text.splitlines()[first - 1 : last]:
        if line.strip():
            return line.strip() if len(line.strip()) <= 200 else source
    return source


def _as_id(value: str) -> str:
    """``value`` made into an id, for the error message's example."""
    import re

    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "author-1"
