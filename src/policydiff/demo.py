"""The demo: HTML reports for the bundled samples, and an index page with their headline figures.

The corpus report (``corpus/corpus.html``, 国发〔2015〕40号 against the other samples)
needs Dask (``pip install "policydiff[corpus]"``); without it the demo leaves
that report out and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import samples
from .alignment import align
from .collation import collate
from .diffusion import corpus
from .errors import PolicydiffError
from .model import Outline
from .read import load_all
from .report import render, write_atomic
from .report.alignment import completeness_warnings
from .report.corpus import write_corpus
from .report.files import ensure_folder
from .report.templates import render_template

NATIONAL, LOCAL = "guofa-2015-40", "jingzhengfa-2016-4-b"
"""The alignment pair: 国发〔2015〕40号 and 京政发〔2016〕4号."""
COPIES = ("jingzhengfa-2016-4-a", "jingzhengfa-2016-4-b")
"""The collation pair: two web copies of 京政发〔2016〕4号."""


REPORTS = 4 + len(samples.names())
"""How many reports the demo writes: collation, alignment, corpus, one outline per sample, and the index."""


def write_demo(folder: Path, *, on_report: Callable[[str], None] = lambda name: None,
               on_skip: Callable[[str], None] = lambda line: None) -> Path:
    """Write every demo report into ``folder`` (created if missing, when its parent exists); return the index's path.

    The reports are ``collation.html``, ``alignment.html``, ``corpus/corpus.html``
    (with its pair reports and tables), one ``outline-<sample>.html`` per bundled
    sample and ``index.html``; ``on_report`` is called with each report's name
    once it is written, ``on_skip`` with a line for a report left out.
    """
    ensure_folder(folder)
    writers = [_collation, _alignment, _corpus] + [lambda f, n=name: _outline(f, n) for name in samples.names()]
    entries = []
    for write in writers:
        try:
            entries.append(write(folder))
        except PolicydiffError as exc:
            if write is not _corpus:
                raise
            on_skip(f"policydiff: the corpus report is left out: {exc}")
            continue
        on_report(entries[-1]["href"])
    index = write_atomic(folder / "index.html", render_template("index.html", entries=entries))
    on_report(index.name)
    return index


def _collation(folder: Path) -> dict[str, Any]:
    result = collate(*(samples.path(n) for n in COPIES))
    target = write_atomic(folder / "collation.html", result.to_html())
    s = result.summary
    return {
        "href": target.name, "kind": "collation",
        "title": "校勘：京政发〔2016〕4号的两个网络版本 (collation of two copies)",
        "figures": [f"{s['content']} 处文字异文 content", f"{s['punctuation']} 处标点 punctuation",
                    f"{s['structure']} 处结构 structure", f"{s['formatting']} 处格式差异（默认隐藏） formatting"],
    }


def _alignment(folder: Path) -> dict[str, Any]:
    result = align(samples.path(NATIONAL), samples.path(LOCAL))
    target = write_atomic(folder / "alignment.html", result.to_html())
    s = result.summary
    labels, statuses = s["labels"], s["statuses"]
    return {
        "href": target.name, "kind": "alignment", "warnings": completeness_warnings(result),
        "title": "央地对照：国发〔2015〕40号 → 京政发〔2016〕4号 (national ↔ local alignment)",
        "figures": [f"继承 inherited {labels['inherited']}", f"调整 localized {labels['localized']}",
                    f"新增 new {labels['new']}", f"未采纳 dropped {statuses['dropped']}",
                    f"国家条款覆盖 {s['national_coverage']:.0%}"],
    }


def _corpus(folder: Path) -> dict[str, Any]:
    others = [samples.path(n) for n in samples.names() if n != NATIONAL]
    result = corpus(samples.path(NATIONAL), others, scheduler="synchronous", reports=folder / "corpus")
    target = write_corpus(result, folder / "corpus")
    roles = result.summary["roles"]
    return {
        "href": f"corpus/{target.name}",
        "title": "政策扩散：国发〔2015〕40号与其余样本 (one national policy against a corpus)",
        "figures": [f"落实 implements {roles['implements']}", f"无关 unrelated {roles['unrelated']}",
                    f"横向扩散 horizontal {len(result.horizontal)}"],
    }


def _outline(folder: Path, name: str) -> dict[str, Any]:
    documents = load_all(samples.path(name))
    target = write_atomic(folder / f"outline-{name}.html",
                          render(Outline(tuple(documents)), "html", title=samples.DESCRIPTIONS[name]))
    main = [d for d in documents if d.kind == "document"]
    return {
        "href": target.name, "kind": "outline",
        "title": f"结构：{samples.DESCRIPTIONS[name]} (outline)",
        "figures": [
            f"{len(main)} 份文件" if len(main) > 1 else (main[0].doc_number or "无文号") if main else "",
            f"{sum(len(d.sections) for d in documents)} 节",
            f"{sum(len(d.anomalies) for d in documents)} 处异常",
        ],
    }
