"""Which claims stand: acceptability semantics over a map or an abstract framework.

One module per family:

- ``framework``: the abstract-framework model (arguments and attacks) and its file readers;
- ``labelling``: the labelling search (grounded in linear time; complete labellings by search);
- ``decompose``: what grounded settles, and the independent parts of the rest;
- ``clingo``: the answer-set backend for large parts;
- ``dung``: grounded labels, complete/preferred/stable extensions and acceptance;
- ``gradual``: DF-QuAD and h-categorizer strengths;
- ``status``: a claim's status as commands show it (grounded label and DF-QuAD strength);
- ``evaluate``: one dispatch of any semantics over a map or a framework file;
- ``iccma``: ICCMA task names and answers.
"""

from argmap.semantics.dung import (
    DUNG,
    accepted,
    choose_solver,
    extensions,
    extensions_af,
    framework_of,
    grounded,
    grounded_af,
    is_admissible,
    is_conflict_free,
    one_extension,
)
from argmap.semantics.framework import Framework
from argmap.semantics.gradual import (
    GRADUAL,
    GradualResult,
    base_scores,
    dfquad,
    gradual,
    gradual_af,
    hcategorizer,
)
from argmap.semantics.labelling import python_extensions
from argmap.semantics.status import ClaimStatus, claim_status

__all__ = [
    "DUNG",
    "GRADUAL",
    "ClaimStatus",
    "Framework",
    "GradualResult",
    "accepted",
    "base_scores",
    "choose_solver",
    "claim_status",
    "dfquad",
    "extensions",
    "extensions_af",
    "framework_of",
    "gradual",
    "gradual_af",
    "grounded",
    "grounded_af",
    "hcategorizer",
    "is_admissible",
    "is_conflict_free",
    "one_extension",
    "python_extensions",
]
