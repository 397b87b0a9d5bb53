"""Hand-made maps for the debate tests: a school-uniforms motion and a tiny map for ordering."""

from __future__ import annotations

PEOPLE = """\
    authors:
      - {id: pia, name: Pia Quist}
      - {id: quin, name: Quin Rowe}
      - {id: cal, name: Cal Stone}
      - {id: dee, name: Dee Tran}
      - {id: eve, name: Eve Ulm}
    sources:
      - {id: pia-2020, author: pia, title: For uniforms, venue: School News, date: 2020}
      - {id: quin-2021, author: quin, title: Focus in class, date: 2021}
      - {id: cal-2019, author: cal, title: "Let pupils <choose>", date: 2019}
      - {id: dee-2022, author: dee, title: What uniforms cost, date: 2022}
      - {id: eve-2023, author: eve, title: Both sides now, date: 2023}
    """

# uniforms: for = {pia, quin} (equality, focus), against = {cal, dee, eve} (expression, and
# dee and eve deny it; eve's denial wins over her holding focus, which she concedes). habit and routine support each other (a cycle); bullying supports both
# equality and focus.
UNIFORMS = """\
    claims:
      - id: uniforms
        text: Schools should require uniforms.
        denied_by:
          - {author: dee, quote: uniforms should stay optional}
          - {author: eve, quote: "I would not require them"}
      - id: equality
        text: Uniforms hide differences in family income.
        held_by: [{author: pia, quote: uniforms hide income}]
        supports: [uniforms]
      - id: focus
        text: Uniforms help pupils focus on learning.
        held_by:
          - {author: quin, quote: pupils focus better}
          - {author: eve, quote: "focus does improve"}
        supports: [uniforms]
      - id: cost
        text: One uniform costs less than a wardrobe of fashionable clothes.
        held_by: [{author: pia, quote: one uniform is cheaper}]
        supports: [equality]
      - id: bullying
        text: Less clothing-based bullying.
        held_by: [{author: quin, quote: less teasing about clothes}]
        supports: [equality, focus]
      - id: study
        text: A survey found less teasing after uniforms came in.
        held_by: [{author: quin, quote: the survey found less teasing}]
        supports: [bullying]
      - id: habit
        text: Putting on a uniform marks the start of the school day.
        held_by: [{author: pia, quote: it marks the start of the day}]
        supports: [focus, routine]
      - id: routine
        text: Pupils do better with a morning routine.
        held_by: [{author: quin, quote: routines help}]
        supports: [habit]
      - id: expression
        text: Uniforms suppress pupils' self-expression.
        held_by: [{author: cal, quote: "uniforms suppress self-expression"}]
        rebuts: [uniforms]
      - id: identity
        text: Teenagers form their identity partly through clothes.
        held_by: [{author: cal, quote: clothes are part of identity}]
        supports: [expression]
      - id: fashion
        text: Self-expression can go through hair, bags and badges instead.
        held_by: [{author: dee, quote: there are other ways to express oneself}]
        rebuts: [identity]
      - id: price
        text: Branded uniforms from a single supplier are expensive.
        held_by: [{author: dee, quote: single-supplier uniforms are dear}]
        rebuts: [cost]
      - id: hand-me-downs
        text: Second-hand uniform sales cut the cost.
        held_by: [{author: pia, quote: "as Stone admits, second-hand sales cut the cost"}]
        rebuts: [price]
      - id: no-evidence
        text: There is no good evidence that uniforms raise attainment.
        held_by: [{author: cal, quote: no good evidence on attainment}]
        rebuts: [focus]
      - id: trial
        text: A controlled trial found better attendance with uniforms.
        held_by: [{author: quin, quote: attendance rose in the trial}]
        rebuts: [no-evidence]
      - id: pilot
        text: A pilot school saw fewer behaviour incidents.
        held_by: [{author: pia, quote: fewer incidents at the pilot school}]
        rebuts: [no-evidence]
      - id: rules-matter
        text: Schools need some dress code.
        held_by:
          - {author: pia, quote: some dress code is needed}
          - {author: cal, quote: a minimal dress code is fine}
      - id: pair
        text: Parents should be consulted on dress codes.
        held_by:
          - {author: eve, quote: ask the parents}
          - {author: pia, quote: consult parents}
      - id: solo
        text: Dress codes should be reviewed every five years.
        held_by: [{author: eve, quote: review them every five years}]
      - id: homework
        text: Homework should be banned in primary school.
      - id: homework-useless
        text: Homework does little for young pupils.
        held_by: [{author: cal, quote: homework does little for young pupils}]
        rebuts: [homework]
    """

# DF-QuAD by hand (base 0.5 where no strength is given):
#   w1 0.2, w2 0.7, y 0.3, z 0.8, b 0.9 (nothing bears on them)
#   x: attackers w1, w2 aggregate to 1 - 0.8 * 0.3 = 0.76, so 0.6 - 0.6 * 0.76 = 0.144
#   a: attacker x at 0.144, so 0.5 - 0.5 * 0.144 = 0.428
TINY = """\
    authors:
      - {id: ann, name: Ann Archer}
    claims:
      - {id: m, text: The motion.}
      - id: a
        text: A reason for.
        held_by: [{author: ann, quote: a}]
        supports: [m]
      - id: b
        text: A stronger reason for.
        strength: 0.9
        held_by: [{author: ann, quote: b}]
        supports: [m]
      - id: x
        text: An objection to a.
        strength: 0.6
        held_by: [{author: ann, quote: x}]
        rebuts: [a]
      - id: w1
        text: A weak reply to x.
        strength: 0.2
        held_by: [{author: ann, quote: w1}]
        rebuts: [x]
      - id: w2
        text: A strong reply to x.
        strength: 0.7
        held_by: [{author: ann, quote: w2}]
        rebuts: [x]
      - id: y
        text: A weak reason against.
        strength: 0.3
        held_by: [{author: ann, quote: y}]
        rebuts: [m]
      - id: z
        text: A strong reason against.
        strength: 0.8
        held_by: [{author: ann, quote: z}]
        rebuts: [m]
    """

UNIFORMS_MAP = {"people.yaml": PEOPLE, "claims.yaml": UNIFORMS}
TINY_MAP = {"tiny.yaml": TINY}
