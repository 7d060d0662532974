"""Labels from scores: local sections inherited, localized or new; national ones implemented or dropped.

Every label comes with its rule twice: in words (``rule``) and as a code
(``rule_code``, see :data:`~policydiff.alignment.result.LOCAL_RULES` and
:data:`~policydiff.alignment.result.NATIONAL_RULES`). Code branches on the codes.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Document, Span
from .passages import Comparand
from .result import LocalSection, Match, NationalSection, Thresholds, ordinal_label
from .scoring import is_child, substantive


def label_local(doc: Document, loc: Comparand, scores: dict[tuple[int, ...], list[Match]],
                coverage: dict[tuple[int, ...], float], t: Thresholds) -> list[LocalSection]:
    """Every local section labelled, subsections first, so that a container can take their labels."""
    by_ordinal: dict[tuple[int, ...], LocalSection] = {}
    for section in reversed(doc.sections):
        matches = tuple(m for m in scores[section.ordinal] if m.score >= t.match)
        cov = coverage[section.ordinal]
        children = [by_ordinal[s.ordinal] for s in doc.sections if is_child(s.ordinal, section.ordinal)]
        if children and substantive(loc, *loc.ranges[section.ordinal]) < t.container:
            label, code, rule = _from_children(children, t)
        elif matches and cov >= t.inherited:
            label, code, rule = "inherited", "coverage", f"coverage {cov:.2f} ≥ {t.inherited} with a counterpart"
        elif matches:
            best = matches[0]
            label, code = "localized", "counterpart"
            rule = (f"counterpart {ordinal_label(best.ordinal)} scores {best.score:.2f} ≥ {t.match} "
                    f"(strongest evidence: {best.evidence}); coverage {cov:.2f} < {t.inherited}")
        else:
            best_score = scores[section.ordinal][0].score if scores[section.ordinal] else 0.0
            label, code = "new", "no-counterpart"
            rule = f"no national section scores ≥ {t.match} (best {best_score:.2f})"
        by_ordinal[section.ordinal] = LocalSection(
            ordinal=section.ordinal, heading=section.heading, label=label, coverage=cov, matches=matches,
            rule=rule, rule_code=code, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        )
    return [by_ordinal[s.ordinal] for s in doc.sections]


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


def status_national(doc: Document, sections: list[LocalSection], scores: dict[tuple[int, ...], list[Match]],
                    containers: set[tuple[int, ...]], t: Thresholds) -> list[NationalSection]:
    """Implemented or dropped; a dropped section's closest local section is never a mere container."""
    matched: dict[tuple[int, ...], list[tuple[int, ...]]] = {s.ordinal: [] for s in doc.sections}
    for local in sections:
        for m in local.matches:
            matched[m.ordinal].append(local.ordinal)
    result = []
    for section in doc.sections:
        direct = matched[section.ordinal]
        via = [o for s in doc.sections if is_child(s.ordinal, section.ordinal, deep=True) for o in matched[s.ordinal]]
        best = None
        if direct:
            status, code, rule = "implemented", "counterpart", f"counterpart of {', '.join(map(ordinal_label, direct))}"
        elif via:
            status, code = "implemented", "through-subsections"
            rule = f"through its subsections ({', '.join(sorted(set(map(ordinal_label, via))))})"
        else:
            status = "dropped"
            candidates = [(m, lo) for lo, row in scores.items() if lo not in containers
                          for m in row if m.ordinal == section.ordinal]
            if candidates:
                m, lo = max(candidates, key=lambda c: c[0].score)
                best = replace(m, ordinal=lo, heading=next(s.heading for s in sections if s.ordinal == lo))
                code = "closest"
                rule = f"no local section scores ≥ {t.match}; closest {ordinal_label(lo)} at {m.score:.2f}"
            else:
                code, rule = "nothing-to-compare", "the local document has no section to compare"
        result.append(NationalSection(
            ordinal=section.ordinal, heading=section.heading, status=status, matched_by=tuple(direct),
            rule=rule, rule_code=code, best=best, span=Span(section.start, section.own_end), lead=tuple(section.lead),
            responsible=tuple(section.responsible),
        ))
    return result
