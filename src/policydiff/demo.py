"""The demo: HTML reports for the bundled samples, and an index page linking them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import load_all, samples
from .report import render, write_atomic
from .report.outline import outline_html


def write_demo(folder: Path) -> Path:
    """Write every demo report into ``folder``; return the index page's path."""
    entries: list[dict[str, Any]] = []
    for name in samples.names():
        documents = load_all(samples.path(name))
        target = folder / f"outline-{name}.html"
        write_atomic(target, outline_html(documents, title=samples.DESCRIPTIONS[name]))
        main = [d for d in documents if d.kind == "document"]
        entries.append(
            {
                "href": target.name,
                "title": samples.DESCRIPTIONS[name],
                "figures": [
                    f"{len(main)} 份文件" if len(main) > 1 else (main[0].doc_number or "无文号") if main else "",
                    f"{sum(len(d.sections) for d in documents)} 节",
                    f"{sum(len(d.anomalies) for d in documents)} 处异常",
                ],
            }
        )
    return write_atomic(folder / "index.html", render("index.html", entries=entries))
