"""The style sheet of the HTML handout: a reading page on screen, a compact A4 page in print."""

from __future__ import annotations

__all__ = ["CSS"]

CSS = """
:root { --ink: #1d2330; --muted: #5b6473; --for: #1f7a3a; --against: #b3261e;
        --line: #d9dde3; --soft: #f4f6f8; --warn: #7a4f00; --warn-bg: #fff4d6;
        --flag: #6b3fa0; --flag-bg: #f1eafa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
       font: 16px/1.45 Georgia, "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 52em; margin: 0 auto; padding: 2em 1.5em 3em; }
h1, h2, h3, h4, .kicker, .label, .standing, .time, .flag, .cite, figcaption, footer,
.summary, .lead { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75em;
          color: var(--muted); margin: 0; }
h1 { font-size: 1.55em; line-height: 1.2; margin: .2em 0 .5em; }
h2 { font-size: 1.15em; border-bottom: 2px solid var(--ink); padding-bottom: .15em;
     margin: 1.6em 0 .5em; }
h2.side-title { font-size: 1.35em; border-bottom-width: 4px; }
h3 { font-size: 1em; margin: 0 0 .2em; }
p { margin: .3em 0; }
.side { display: inline-block; padding: .15em .6em; border-radius: 4px; color: #fff;
        font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; }
.side.for { background: var(--for); } .side.against { background: var(--against); }
.order, .summary { color: var(--muted); font-size: .88em; }
.id { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: .7em;
      color: var(--muted); white-space: nowrap; }
ol.case, ol.case ol { list-style: none; padding-left: 0; margin: 0; }
ol.case ol { margin-left: 1.1em; border-left: 2px solid var(--line); padding-left: .6em; }
ol.case > li { margin: .7em 0; }
ol.case li li { margin: .4em 0; }
.label { font-weight: bold; margin-right: .25em; }
.claim { font-weight: bold; }
ol.case li li > .head .claim { font-weight: normal; }
.time { color: var(--muted); font-size: .75em; white-space: nowrap; }
.standing { color: var(--muted); font-size: .78em; }
ul.stances { list-style: none; margin: .1em 0 0 0; padding: 0; }
ul.stances li { margin: .1em 0; padding-left: .8em; text-indent: -.8em; font-size: .93em; }
.who { font-weight: bold; }
q { font-style: italic; }
.cite { color: var(--muted); font-size: .78em; white-space: nowrap; }
.denies .who { color: var(--against); }
.flag { display: inline-block; text-indent: 0; color: var(--flag); background: var(--flag-bg);
        font-size: .75em; padding: 0 .35em; border-radius: 3px; }
.note { color: var(--muted); font-size: .8em; font-style: italic; text-indent: 0; }
.note::before { content: "Note: "; font-style: normal; font-weight: bold; }
article.attack { border-left: 4px solid var(--against); padding: .1em 0 .1em .7em;
                 margin: .9em 0; }
.target { color: var(--ink); font-size: .9em; margin: .1em 0; }
.target .lead { font-weight: bold; color: var(--against); font-size: .85em; }
.answers { background: var(--soft); border-radius: 4px; padding: .35em .6em; margin-top: .35em; }
.answers h4 { margin: 0 0 .15em; font-size: .78em; text-transform: uppercase;
              letter-spacing: .05em; color: var(--for); }
.answers ul.answer-list { margin: 0; padding-left: 1em; }
.answers .lead { font-weight: bold; color: var(--for); font-size: .82em; }
.none { color: var(--warn); font-weight: bold; margin: .1em 0;
        font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: .88em; }
.hint { color: var(--warn); font-size: .85em; margin: .1em 0; }
.turn { color: var(--for); font-size: .85em; margin: .15em 0 0; }
ul.ground, ol.sources { padding-left: 1.2em; margin: .3em 0; }
ul.ground li, ol.sources li { margin: .2em 0; }
figure { margin: .6em 0; border: 1px solid var(--line); border-radius: 4px; padding: .4em; }
figure svg { display: block; width: 100%; height: auto; max-height: 70vh; }
figcaption { color: var(--muted); font-size: .75em; margin-top: .2em; }
#teacher { color: var(--muted); font-size: .78em; border-top: 1px solid var(--line);
           margin-top: 1.2em; padding-top: .3em; }
#teacher h2 { font-size: .85em; border: 0; margin: 0 0 .2em; color: var(--muted); }
footer { margin-top: 1em; color: var(--muted); font-size: .75em; }
@media print {
  @page { size: A4; margin: 11mm 12mm 12mm; }
  body { font-size: 9.2pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; } h2 { font-size: 11.5pt; margin-top: .9em; }
  h2, h3, h4, .head { break-after: avoid; page-break-after: avoid; }
  ul.stances li, .target, .standing, figure, .answers h4 { break-inside: avoid; }
  p, li { orphans: 2; widows: 2; }
  section.part + section.part { break-before: page; page-break-before: always; }
  figure svg { max-height: 10.5cm; }
  .side, .flag, .answers { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""
