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

# phones, worked by hand (positions one edge away):
#   for = {amy (distraction supports phones), ben (focus supports phones)};
#   against = {cat, dan} (both deny phones).
# FOR case: 1 distraction (amy; backed by grades: ben, survey: amy and dan -> 3 authors
#   behind), 1.1 grades, 1.1.1 survey (dan's is a concession), 2 focus (ben only).
# Attacks on FOR, in order: A1 safety (motion; cat and dan behind it through its premises
#   emergencies and rare-events; answered 2 levels down: landline rebuts rare-events),
#   A2 cost (point 1.1; dan and ben hold it, ben's is a concession; no answer at any depth:
#   figures; dan, who says it, holds point 1.1.1), A3 habits (point 1.1.1; ben denies it:
#   answered directly by a denial), A4 research (point 1; replication rebuts it directly).
# Common ground: rules (both sides hold it, background), home-ban (both sides deny it). Not:
#   screen-time (amy denies what ben and cat hold), other-topic (bears on uniforms only).
PHONES = """\
    authors:
      - {id: amy, name: Amy Archer}
      - {id: ben, name: Ben Bell}
      - {id: cat, name: Cat Cole}
      - {id: dan, name: Dan Dray}
    sources:
      - {id: amy-2020, author: amy, title: Screens in class, venue: Teacher Weekly, date: 2020, text: amy.txt}
      - {id: ben-2021, author: ben, title: Focus first, venue: Teacher Weekly, date: 2021, text: ben.txt}
      - {id: cat-2019, author: cat, title: Keep phones for safety, venue: Parents Today, date: 2019, text: cat.txt}
      - {id: dan-2022, author: dan, title: What bans cost, date: 2022, text: dan.txt}
    claims:
      - id: phones
        text: Schools should ban phones in class.
        motion: true
        denied_by:
          - {author: cat, quote: phones should stay in pockets}
          - {author: dan, quote: a ban is the wrong tool}
      - id: distraction
        text: Phones distract pupils in class.
        note: Figures from 2019; a 2023 survey found more distraction.
        held_by: [{author: amy, quote: phones distract pupils}]
        supports: [phones]
      - id: grades
        text: Pupils with phones in class get lower grades.
        held_by: [{author: ben, quote: grades fall when phones are out, note: "Hedged: 'may'."}]
        supports: [distraction]
      - id: survey
        text: A survey of teachers reports daily disruption by phones.
        held_by:
          - {author: amy, quote: teachers report daily disruption}
          - {author: dan, quote: "teachers do report disruption"}
        supports: [grades]
      - id: focus
        text: Without phones pupils concentrate longer.
        note: Both agree on this.
        held_by: [{author: ben, quote: concentration lasts longer}]
        supports: [phones]
      - id: safety
        text: Pupils need phones to reach their parents.
        held_by: [{author: cat, quote: children must reach their parents}]
        rebuts: [phones]
      - id: emergencies
        text: Emergencies happen during the school day.
        held_by: [{author: cat, quote: emergencies happen at school}]
        supports: [safety]
      - id: rare-events
        text: School lockdowns are no longer rare.
        held_by: [{author: dan, quote: lockdowns are no longer rare}]
        supports: [emergencies]
      - id: landline
        text: The school office phone reaches parents in an emergency.
        held_by: [{author: amy, quote: the office phone reaches parents}]
        rebuts: [rare-events]
      - id: research
        text: Research finds no effect of phones on attention.
        held_by: [{author: dan, quote: research finds no effect}]
        rebuts:
          - {claim: distraction, note: "The research dates from 2012, before smartphones were common in schools."}
      - id: replication
        text: Larger studies since then found an effect.
        held_by: [{author: ben, quote: larger studies found an effect}]
        rebuts: [research]
      - id: cost
        text: Lockers for phones cost a school 5000 pounds.
        held_by:
          - {author: dan, quote: lockers cost 5000 pounds}
          - {author: ben, quote: the lockers are not cheap}
        rebuts: [grades]
      - id: habits
        text: Pupils' habits at home matter more than phones in class.
        held_by: [{author: cat, quote: home habits matter more - far more}]
        denied_by: [{author: ben, quote: habits are not the point}]
        rebuts: [survey]
      - id: rules
        text: Schools need clear rules on devices.
        held_by:
          - {author: amy, quote: clear rules are needed}
          - {author: dan, quote: rules must be clear}
      - id: home-ban
        text: Phones should be banned at home too.
        denied_by:
          - {author: amy, quote: not at home}
          - {author: cat, quote: home is for parents to decide}
      - id: screen-time
        text: Screen time harms sleep.
        held_by:
          - {author: ben, quote: screens harm sleep}
          - {author: cat, quote: sleep suffers}
        denied_by: [{author: amy, quote: sleep is fine}]
      - id: uniforms
        text: Schools should require uniforms.
        motion: true
      - id: other-topic
        text: Uniforms save families money.
        held_by:
          - {author: amy, quote: uniforms save money}
          - {author: cat, quote: uniforms are cheaper}
        supports: [uniforms]
    """

# The source texts of the phones map: each quote stands in a paragraph (cat.txt writes a dash
# the map's quote writes plainly); dan.txt lacks one quote on purpose: "teachers do report
# disruption" stands there with a capital T.
PHONES_TEXTS = {
    "amy.txt": (
        "Screens in class\n\nBy Amy Archer.\n\nEvery teacher knows it: phones distract pupils, "
        "and not only the ones holding them. In our staff room teachers report daily "
        "disruption: a ring, a buzz, a glance.\n\nWhat then of safety? In a real emergency "
        "the office phone reaches parents faster than a pupil could. We agree that clear rules "
        "are needed, but not at home: that is for families. I find sleep is fine, and "
        "uniforms save money.\n"
    ),
    "ben.txt": (
        "Focus first\n\nMeasured over a term, grades fall when phones are out, and "
        "concentration lasts longer without them. The larger studies found an effect where "
        "the small ones did not.\n\nSome say habits at home decide everything; habits are "
        "not the point. Yes, the lockers are not cheap. And screens harm sleep.\n"
    ),
    "cat.txt": (
        "Keep phones for safety\n\nAll children must reach their parents, and emergencies "
        "happen at school. So phones should stay in pockets. I hold that home habits matter "
        "more \u2014 far more than any rule in class, that sleep suffers, that home is for "
        "parents to decide, and that uniforms are cheaper.\n"
    ),
    "dan.txt": (
        "What bans cost\n\nPut simply, a ban is the wrong tool. Where I teach, lockdowns are "
        "no longer rare, research finds no effect on attention, and lockers cost 5000 pounds. "
        "Teachers do report disruption, that much is true. And rules must be clear.\n"
    ),
}

PHONES_MAP = {"phones.yaml": PHONES}
