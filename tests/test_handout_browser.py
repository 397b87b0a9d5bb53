"""The HTML handout opened in Debian's headless Chromium, as a teacher would open and print it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from debate_maps import PHONES_MAP
from PIL import Image
from playwright.sync_api import Browser, sync_playwright

# Debian's package installs /usr/bin/chromium (`make test` installs it when missing); the
# Playwright wheel drives it over the DevTools protocol without downloading a browser of its own.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def handout(run: Callable[..., Result], write_map: Callable[..., Path], tmp_path: Path) -> Path:
    target = tmp_path / "brief.html"
    result = run("--map", write_map(PHONES_MAP), "prep", "phones", "--side", "for", "-o", target)
    assert result.exit_code == 0, result.output
    return target


def test_handout_loads_with_motion_and_diagram_and_is_not_blank(
    browser: Browser, handout: Path, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(handout.as_uri())
    page.wait_for_load_state("load")

    assert errors == []
    assert requests == [handout.as_uri()]  # nothing fetched: the page is self-contained
    assert page.inner_text("h1") == "Schools should ban phones in class."
    assert page.title() == "Debate brief (for): Schools should ban phones in class."
    diagram = page.locator("#diagram svg")
    assert diagram.count() == 1
    box = diagram.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    # the diagram draws the motion and its neighbours, one Graphviz node group each
    assert page.locator("#diagram svg g.node").count() >= 5
    assert "Schools should ban" in page.inner_text("#diagram")
    assert page.locator("article.attack").count() == 4
    # one attack has no answer at any depth: flagged, with a hint of what to prepare
    assert page.locator("#attacks .none").count() == 1
    assert "It cites figures or dates" in page.inner_text("#attacks .hint")
    first = page.inner_text("#attack-1")
    assert "Against the motion: a reason to say it is false." in first
    assert "Undercut (2 levels down): its premise" in first
    assert "Rebuts your point 1.1:" in page.inner_text("#attack-2")
    flags = page.locator(".flag").all_inner_texts()
    assert "\u2691 a concession from Dan Dray, who argues against the motion" in flags
    assert "\u2691 a concession from Ben Bell, who argues for the motion, as you do" in flags

    shot = tmp_path / "brief.png"
    page.screenshot(path=str(shot), full_page=True)
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        assert rgb.height > 1500  # the whole brief, not just the first screen
        colours = rgb.getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50
        white = sum(count for count, colour in colours if colour == (255, 255, 255))
        assert white < 0.97 * rgb.width * rgb.height

    page.emulate_media(media="print")
    assert page.locator("#diagram svg").bounding_box() is not None
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) >= 2
    page.close()


def test_bundled_against_brief_in_the_browser_calls_the_motions_supporters_for_it(
    browser: Browser, run: Callable[..., Result], tmp_path: Path
) -> None:
    import io

    from conftest import BUNDLED_MAP
    from pypdf import PdfReader

    target = tmp_path / "against.html"
    args = ("prep", "alliance-in-all-but-name", "--side", "against", "-o", target)
    assert run("--map", BUNDLED_MAP, *args).exit_code == 0
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(target.as_uri())
    assert requests == [target.as_uri()]
    attacks = page.locator("article.attack").all_inner_texts()
    assert len(attacks) == 3
    for text in attacks:
        assert "For the motion: a reason to say it is true." in text
        assert "No answer in the map: prepare one." in text  # the map answers none of them
    assert "Against the motion itself" not in page.inner_text("main")
    # Lukin argues for the motion and holds a point of this AGAINST case
    assert "a concession from Artyom Lukin, who argues for the motion" in page.inner_text("#case")
    assert "Both sides hold:" in page.inner_text("#common-ground")
    page.emulate_media(media="print")
    pages = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    assert 1 <= len(pages) <= 5
    page.close()
