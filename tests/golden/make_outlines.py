"""Regenerate the golden outline JSON files: ``python tests/golden/make_outlines.py``.

Review every change by hand (git diff) before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import policydiff
from policydiff import samples

HERE = Path(__file__).parent


def golden(name: str) -> dict[str, object]:
    """The outline contract of one sample, without the file path (it differs by install)."""
    documents = [d.to_dict() for d in policydiff.load_all(samples.path(name))]
    for d in documents:
        d.pop("source")
    return {"documents": documents}


if __name__ == "__main__":
    for name in samples.names():
        path = HERE / f"outline-{name}.json"
        path.write_text(json.dumps(golden(name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path)
