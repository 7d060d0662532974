"""The rules that count: how many copies hold a reading, and how often its words recur in them.

>>> around = dict.fromkeys("ABC", "")
>>> Majority().vote(Case({"A": "信", "B": "信", "C": "言"}, around, around, ["A", "B", "C"]))
Vote(reading='信', confidence=0.58, reason='2 of 3 copies read 「信」.', note='三本之中二本同')
"""

from __future__ import annotations

from .case import Case, Vote, chinese_count, ideographic


class Majority:
    """With three or more copies, a reading held by more than half."""

    code = "majority"
    two_readings = False
    fallback = False

    def vote(self, case: Case) -> Vote | None:
        """A vote for the reading most copies hold, if more than half hold it."""
        readings = case.readings
        if len(readings) < 3:
            return None
        counts: dict[str, list[str]] = {}
        for w, r in sorted(readings.items()):
            counts.setdefault(r, []).append(w)
        best, holders = max(counts.items(), key=lambda kv: len(kv[1]))
        if 2 * len(holders) <= len(readings):
            return None
        share = len(holders) / len(readings)
        shown = f"「{best}」" if best else "the shorter text"
        return Vote(best, round(0.5 + share / 2 - 0.25, 2), f"{len(holders)} of {len(readings)} copies read {shown}.",
                    f"{chinese_count(len(readings))}本之中{chinese_count(len(holders))}本同")


class Statistics:
    """A reading whose characters recur elsewhere in the copies, against one whose never do."""

    code = "statistics"
    two_readings = True
    fallback = True

    def vote(self, case: Case) -> Vote | None:
        """A vote for the one reading whose 3-grams occur at least twice elsewhere in the copies."""
        corpus, groups, left, right = case.corpus, case.groups, case.left, case.right
        if corpus is None or any(r and not ideographic(r) for r in groups):
            return None
        held = list(case.readings.values())
        seen = {}
        for r, w in groups.items():
            before = left[w][-2:]
            text, here = before + r + right[w][:2], held.count(r)
            # The 3-grams that overlap the reading or, for an empty one, span the gap: as ``before``
            # is at most 2 long, those that start before the reading's end.
            grams = [text[i : i + 3] for i in range(min(len(text) - 2, len(before) + len(r)))]
            if len(r) >= 3:
                grams.append(r)  # say 「人民政府」 recurs rather than a piece of it, when it does
            best = max(((corpus.count(g) - here, len(g), g) for g in grams), default=(0, 0, ""))[::2]
            seen[r] = best
        attested = [r for r, (n, _) in seen.items() if n >= 2]
        if len(attested) != 1 or any(n > 0 for r, (n, _) in seen.items() if r != attested[0]):
            return None
        n, gram = seen[attested[0]]
        return Vote(attested[0], 0.55,
                    f"「{gram}」 occurs {n} more times in the copies; the other reading nowhere else.",
                    f"“{gram}”他处{n}见，异文则不见")
