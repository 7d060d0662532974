"""Labels from scores: local sections inherited, localized or new; national ones implemented or dropped.

Every label comes with its rule twice: in words (``rule``) and as a code
(``rule_code``, see :data:`~policydiff.alignment.result.LOCAL_RULES` and
:data:`~policydiff.alignment.result.NATIONAL_RULES`). Code branches on the codes.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Span
from .result import LocalSection, NationalSection, Thresholds, ordinal_label
from .scoring import Scores, substantive


def label_local(scores: Scores) -> list[LocalSection]:
    """Every local section labelled, subsections first, so that a container can take their labels."""
    t, loc = scores.t, scores.loc
    sections = loc.comp.document.sections
    labelled: dict[int, LocalSection] = {}
    for i in reversed(range(len(sections))):
        section, row = sections[i], scores.rows[i]
        matches = tuple(scores.matches(i))
        cov = scores.coverage[i]
        depth = len(section.ordinal) + 1
        children = [labelled[k] for k in loc.children[i] if len(sections[k].ordinal) == depth and k in labelled]
        if children and substantive(loc.comp, *loc.comp.spans[i]) < t.container:
            label, code, rule = _from_children(children, t)
        elif matches and cov >= t.inherited:
            label, code, rule = "inherited", "coverage", f"coverage {cov:.2f} ≥ {t.inherited} with a counterpart"
        elif matches:
            best = matches[0]
            label, code = "localized", "counterpart"
            rule = (f"counterpart {ordinal_label(best.ordinal)} scores {best.score:.2f} ≥ {t.match} "
                    f"(strongest evidence: {best.evidence}); coverage {cov:.2f} < {t.inherited}")
        else:
            best_score = row[scores.best[i]] if row else 0.0
            label, code = "new", "no-counterpart"
            rule = f"no national section scores ≥ {t.match} (best {best_score:.2f})"
        labelled[i] = LocalSection(
            ordinal=section.ordinal, heading=section.heading, label=label, coverage=cov, matches=matches,
            rule=rule, rule_code=code, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        )
    return [labelled[i] for i in range(len(sections))]


def _from_children(children: list[LocalSection], t: Thresholds) -> tuple[str, str, str]:
    sizes = {"inherited": 0, "localized": 0, "new": 0}
    for child in children:
        sizes[child.label] += max(1, child.span[1] - child.span[0])
    total = sum(sizes.values())
    rule = f"from subsections ({', '.join(f'{k} {v / total:.0%}' for k, v in sizes.items() if v)})"
    if sizes["inherited"] / total >= t.inherited:
        return "inherited", "from-subsections", rule
    if (sizes["inherited"] + sizes["localized"]) / total >= 0.5:
        return "localized", "from-subsections", rule
    return "new", "from-subsections", rule


def status_national(scores: Scores, sections: list[LocalSection]) -> list[NationalSection]:
    """Implemented or dropped; a dropped section's closest local section is never a mere container."""
    t, nat = scores.t, scores.nat
    open_ = [i for i, s in enumerate(sections) if s.rule_code != "from-subsections"]
    matched: list[list[int]] = [[] for _ in nat.grams]
    for i, js in enumerate(scores.matched):
        for j in js:
            matched[j].append(i)
    result = []
    for j, section in enumerate(nat.comp.document.sections):
        direct = [sections[i].ordinal for i in matched[j]]
        via = [sections[i].ordinal for k in nat.children[j] for i in matched[k]]
        best = None
        if direct:
            status, code, rule = "implemented", "counterpart", f"counterpart of {', '.join(map(ordinal_label, direct))}"
        elif via:
            status, code = "implemented", "through-subsections"
            rule = f"through its subsections ({', '.join(sorted(set(map(ordinal_label, via))))})"
        else:
            status = "dropped"
            if open_:
                i = max(open_, key=lambda i: (scores.rows[i][j], -i))
                m = scores.matches(i, (j,))[0]
                best = replace(m, ordinal=sections[i].ordinal, heading=sections[i].heading)
                code = "closest"
                rule = f"no local section scores ≥ {t.match}; closest {ordinal_label(best.ordinal)} at {m.score:.2f}"
            else:
                code, rule = "nothing-to-compare", "the local document has no section to compare"
        result.append(NationalSection(
            ordinal=section.ordinal, heading=section.heading, status=status, matched_by=tuple(direct),
            rule=rule, rule_code=code, best=best, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        ))
    return result
