"""Maps for the diagram and export tests: a small debate with a cycle, and hostile text."""

from __future__ import annotations

# Ann holds the supporter, Bob the rebuttal; Cy's claim rebuts Bob's and is rebutted back
# (a cycle), and also supports the motion, so the tree meets it twice.
DEBATE = {
    "people.yaml": """\
        authors:
          - id: ann
            name: Ann Archer
          - id: bob
            name: Bob Baker
          - id: cy
            name: Cy Cole
        """,
    "claims.yaml": """\
        claims:
          - id: motion
            text: The two states will form an alliance.
            tags: [alliance]
            denied_by:
              - author: bob
                quote: no alliance is coming
          - id: shared-threat
            text: Both states face the same rival.
            tags: [security]
            held_by:
              - author: ann
                quote: they face one rival
            supports: [motion]
          - id: weak-trade
            text: Trade between them is thin.
            tags: [economy]
            held_by:
              - author: bob
                quote: trade is thin
            rebuts: [motion]
          - id: energy-deals
            text: Energy deals bind them.
            tags: [economy]
            held_by:
              - author: cy
                quote: energy deals bind them
              - author: ann
                quote: energy binds
            rebuts: [weak-trade]
            supports: [motion]
          - id: deals-stall
            text: The energy deals keep stalling.
            tags: [economy]
            held_by:
              - author: bob
                quote: the deals stall
            rebuts: [energy-deals]
          - id: stalls-are-normal
            text: Stalls are normal in energy talks.
            held_by:
              - author: cy
                quote: stalls are normal
            rebuts: [deals-stall]
          - id: lone
            text: An island claim nobody links to.
            held_by:
              - author: cy
                quote: an island
        """,
}

LONG = "Very long text " + "with many words " * 150 + "https://example.org/" + "x" * 200 + " end."

# Everything that breaks naive quoting: DOT quotes and backslashes, HTML brackets, Mermaid and
# DOT keywords as ids, Markdown syntax, newlines, a control character, emoji, RTL scripts.
HOSTILE = {
    "hostile.yaml": """\
        authors:
          - id: obrien
            name: "Dr. O'Brien \\"The <Hammer>\\" & {Sons}"
          - id: rtl
            name: "محمد عبد الله"
        claims:
          - id: node
            text: "He said \\"no\\" and left \\\\ a backslash at the end \\\\"
            held_by:
              - author: obrien
                quote: said no
            supports: [end]
          - id: end
            text: "<b>not bold</b> & <br/> {braces} [brackets] |pipes| -> arrows --> x"
            denied_by:
              - author: rtl
                quote: x
          - id: subgraph
            text: |
              line one
              line two\\n not a newline; *stars* _under_ `code` #hash
            held_by:
              - author: rtl
                quote: y
            rebuts: [end, node]
          - id: emoji
            text: "🐻‍❄️ bears 🇨🇳🇷🇺 and a bell\\a and a tab\\there"
            held_by:
              - author: obrien
                quote: z
            rebuts: [subgraph]
          - id: rtl-text
            text: "العربية: الصين وروسيا لن تشكلا تحالفا — עברית: סין ורוסיה"
            held_by:
              - author: rtl
                quote: w
            supports: [end]
          - id: long
            text: "LONG_TEXT"
            held_by:
              - author: obrien
                quote: v
            supports: [end]
          - id: graph
            text: "&amp; &#x27; &lt; \\\\N \\\\G \\\\l %s %d {0} ${x} $(x) ]] ]]>"
            held_by:
              - author: rtl
                quote: u
            supports: [end]
        """.replace("LONG_TEXT", LONG),
}
