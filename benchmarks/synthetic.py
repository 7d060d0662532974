"""Synthetic corpora for ``policydiff corpus``, with the truth recorded.

From a national document (国发〔2015〕40号, the bundled sample) it writes local
implementations: provincial plans that cite it (by number, by title, in any
bracket, or not at all and only copy its text), municipal plans that cite their
province's plan (东营 → 鲁政发〔2016〕14号 → 国发〔2015〕40号). Each drops some national
provisions, localises the rest (国务院 → 省政府, 全国 → 全省 …), adds provisions of
its own (clauses recombined from other documents, so that each is unique), and
some copy another local's additions. A city copies its province's provisions,
additions included. They come as text, HTML and Word, some in traditional script,
mixed with unrelated documents, a copy of the national document, a decoy national
document with the same serial number in another year (国发〔2017〕40号) and the plans
that implement it, and an unreadable file. :class:`Truth` records every role,
parent, kept and dropped provision and shared addition.

    PYTHONPATH=src python benchmarks/synthetic.py OUT_DIR [LOCALS] [UNRELATED]
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
import opencc

import policydiff
from policydiff import samples
from policydiff.model import Document

CN = "一二三四五六七八九十"
SWAPS = (("国务院", "{gov}"), ("全国", "全{unit}"), ("我国", "我{unit}"), ("国家", "{unit}"), ("各地区", "各{sub}"))
"""National wording and its local replacement; ``{unit}`` is 省 or 市."""
PROVINCES = ("山东", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "河南", "湖北", "湖南",
             "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海")
SYLLABLES = "安宁平东西南北阳泉州山江河海清远德兴华昌新丰永定嘉和盛林川源城桥湖"
TITLE = "《国务院关于积极推进“互联网+”行动的指导意见》"
CITATIONS = (f"{TITLE}（国发〔2015〕40号）", TITLE, "国发[2015]40号文件", f"{TITLE}（国发（2015）40号）")
DECOY_TITLE = "国务院关于推进高新技术产业集聚发展的若干意见"


@dataclass
class Truth:
    """What the generator made: the right answer for every document."""

    national: str
    """The national document's path (its id)."""
    parents: dict[str, str] = field(default_factory=dict)
    """Each implementing document's id and the id of the document it implements directly."""
    copies: set[str] = field(default_factory=set)
    """Copies of the national document."""
    unrelated: set[str] = field(default_factory=set)
    """Documents that do not implement it (the decoy and its implementations among them)."""
    unreadable: set[str] = field(default_factory=set)
    """Files that cannot be read."""
    decoys: set[str] = field(default_factory=set)
    """The decoy national document and the plans that implement it."""
    kept: dict[str, set[tuple[int, ...]]] = field(default_factory=dict)
    """For each implementing document, the national leaf provisions it implements (the others it drops)."""
    shared: list[list[str]] = field(default_factory=list)
    """Groups of documents that share one local addition, earliest first."""
    dates: dict[str, str] = field(default_factory=dict)
    """Each document's date."""
    provinces: set[str] = field(default_factory=set)
    """The provincial plans (the others are municipal)."""
    leaves: set[tuple[int, ...]] = field(default_factory=set)
    """The national leaf provisions (the matrix rows that :func:`score` judges)."""


    def within(self, ids: set[str]) -> Truth:
        """The truth about the documents among ``ids`` only (for a part of the corpus)."""
        return Truth(
            national=self.national, parents={d: p for d, p in self.parents.items() if d in ids},
            copies=self.copies & ids, unrelated=self.unrelated & ids, unreadable=self.unreadable & ids,
            decoys=self.decoys & ids, kept={d: k for d, k in self.kept.items() if d in ids},
            shared=[g for g in ([d for d in group if d in ids] for group in self.shared) if len(g) > 1],
            dates=self.dates, provinces=self.provinces & ids, leaves=self.leaves,
        )


@dataclass
class _Local:
    path: Path
    place: str
    unit: str
    number: str
    title: str
    date: str
    kept: list[tuple[int, ...]]
    additions: list[tuple[int, str, str]]
    """(addition id, heading, text)."""
    cite: str


def _leaves(national: Document) -> dict[tuple[int, ...], tuple[str, str]]:
    """The national leaf provisions: ordinal → (heading, text without the heading)."""
    ordinals = {s.ordinal for s in national.sections}
    found = {}
    for s in national.sections:
        if s.ordinal == (0,) or any(o[: len(s.ordinal)] == s.ordinal and o != s.ordinal for o in ordinals):
            continue
        text = national.text[s.body_start : s.own_end].strip()
        heading = s.heading or ""
        text = text[len(heading) :].lstrip("。.") if text.startswith(heading) else text
        found[s.ordinal] = (heading, text.replace("\n", ""))
    return found


def _clauses() -> list[str]:
    """Clauses of other documents (not the national one), the material of local additions."""
    text = samples.text("beijing-sei-2011") + samples.text("jingfa-2017-27")
    parts = re.split(r"[，。；,;\n]", text)
    # Clauses that carry a list number (3.加强…, （一）提升…) would add headings the plan does not have.
    numbered = re.compile(r"[0-9一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十0-9]+[）)]")
    return sorted({p.strip() for p in parts if 8 <= len(p.strip()) <= 40 and not numbered.search(p)})


def _localise(text: str, local: _Local) -> str:
    gov = f"{local.place}{local.unit}政府"
    sub = "市" if local.unit == "省" else "区县"
    for a, b in SWAPS:
        text = text.replace(a, b.format(gov=gov, unit=local.unit, sub=sub))
    return text


def _render(local: _Local, national_leaves: dict[tuple[int, ...], tuple[str, str]],
            headings: dict[int, str], texts: dict[tuple[int, ...], str]) -> str:
    lines = [local.title, local.number, "", f"各{'市' if local.unit == '省' else '区县'}人民政府，各部门：",
             f"为贯彻落实{local.cite}，结合本{local.unit}实际，现提出以下实施意见。"]
    groups: dict[int, list[tuple[str, str]]] = {}
    for o in local.kept:
        heading, _ = national_leaves[o]
        groups.setdefault(o[0], []).append((heading, texts[o]))
    for i, (_, heading, text) in enumerate(local.additions):
        groups.setdefault(sorted(groups)[i % len(groups)] if groups else 1, []).append((heading, text))
    for n, top in enumerate(sorted(groups)):
        lines.append(f"{CN[n]}、{headings.get(top, '加强统筹推进')}")
        for m, (heading, text) in enumerate(groups[top]):
            lines.append(f"（{_numeral(m + 1)}）{heading}。{text}")
    lines += ["", f"{local.place}{local.unit}人民政府", _date_line(local.date)]
    return "\n".join(lines) + "\n"


def _numeral(k: int) -> str:
    """``k`` (1 to 99) in Chinese numerals: 一, 十, 十一, 二十, 二十一."""
    tens, ones = divmod(k, 10)
    return (("" if tens == 1 else CN[tens - 1]) + "十" if tens else "") + (CN[ones - 1] if ones else "")


def _date_line(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def _write(path: Path, text: str, kind: str) -> Path:
    if kind == "trad":
        text = opencc.OpenCC("s2t").convert(text)
    if kind == "html":
        path = path.with_suffix(".html")
        body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        path.write_text(f"<html><head><meta charset='utf-8'><title>x</title></head><body>{body}</body></html>",
                        encoding="utf-8")
    elif kind == "docx":
        path = path.with_suffix(".docx")
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(path))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def generate(folder: Path, *, locals_: int = 30, unrelated: int = 15, seed: int = 0, chains: float = 0.3,
             size: int = 3000, copying: float = 0.3) -> Truth:
    """Write a corpus into ``folder`` (the national document as ``national.txt``) and return its truth."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    national_path = folder / "national.txt"
    national_path.write_text(samples.text("guofa-2015-40"), encoding="utf-8")
    national = policydiff.load(national_path)
    leaves = _leaves(national)
    headings = {s.ordinal[0]: s.heading or "" for s in national.sections if len(s.ordinal) == 1 and s.ordinal[0]}
    clauses = _clauses()
    corpus_dir = folder / "corpus"
    corpus_dir.mkdir(exist_ok=True)
    truth = Truth(national=str(national_path), leaves=set(leaves))
    made: list[_Local] = []
    additions_of: dict[int, list[str]] = {}
    next_addition = 0
    n_provinces = max(2, min(len(PROVINCES), locals_ // 4))
    names: set[str] = set()
    for i in range(locals_):
        is_city = i >= n_provinces
        province = made[rng.randrange(n_provinces)] if is_city and rng.random() < chains else None
        place = PROVINCES[i] if not is_city else ""
        while not place or place in names:
            place = "".join(rng.sample(SYLLABLES, 2 if len(names) < 600 else 3))
        names.add(place)
        unit = "市" if is_city else "省"
        number = f"{place}{'政发' if unit == '省' else '市政发'}〔2016〕{rng.randint(1, 60)}号"
        title = f"{place}{unit}人民政府关于积极推进“互联网+”行动的实施意见"
        month = rng.randint(1, 5) if unit == "省" else rng.randint(6, 12)
        date = f"2016-{month:02d}-{rng.randint(1, 28):02d}"
        if province is not None:
            kept = [o for o in province.kept if rng.random() > 0.15]
            cite = f"《{province.title}》（{province.number}）"
            additions = [a for a in province.additions if rng.random() > 0.3]
        else:
            kept = [o for o in leaves if rng.random() > 0.3]
            cite = rng.choice(CITATIONS) if rng.random() > 0.1 else "国家有关文件精神"
            additions = []
        if made and rng.random() < copying:
            donor = rng.choice([m for m in made if m.date < date] or made[:1])
            additions += [a for a in donor.additions[:2] if a not in additions]
        local = _Local(Path(), place, unit, number, title, date, kept or list(leaves)[:3], additions, cite)
        length = sum(len(leaves[o][1]) for o in local.kept) + sum(len(a[2]) for a in additions)
        while length < size or len(local.additions) < 2:
            text = "，".join(rng.sample(clauses, 6)) + "。"
            local.additions.append((next_addition, f"推进{place}特色工作{next_addition}", text))
            next_addition += 1
            length += len(text)
        texts = {o: _localise(leaves[o][1], local) for o in local.kept}
        kind = rng.choice(["txt"] * 6 + ["html", "docx", "trad"])
        local.path = _write(corpus_dir / f"local-{i:04d}.txt", _render(local, leaves, headings, texts), kind)
        made.append(local)
        doc_id = str(local.path)
        truth.parents[doc_id] = str(province.path) if province is not None else truth.national
        truth.kept[doc_id] = set(local.kept)
        if not is_city:
            truth.provinces.add(doc_id)
        truth.dates[doc_id] = date
        for a, _, _ in local.additions:
            additions_of.setdefault(a, []).append(doc_id)
    truth.shared = [sorted(ids, key=lambda d: (truth.dates[d], d)) for ids in additions_of.values() if len(ids) > 1]
    _others(corpus_dir, truth, rng, clauses, unrelated, size)
    return truth


def _others(folder: Path, truth: Truth, rng: random.Random, clauses: list[str], unrelated: int, size: int) -> None:
    """The unrelated documents, the decoy and its plans, a copy of the national document, an unreadable file."""
    copy = folder / "copy-of-national.html"
    national = samples.text("guofa-2015-40")
    _write(copy, "首页 > 政策 > 正文\n" + national, "html")
    truth.copies.add(str(copy.with_suffix(".html")))
    decoy_sections = [f"{CN[k]}、推进产业集聚{k}\n" + "，".join(rng.sample(clauses, 8)) + "。" for k in range(5)]
    decoy = folder / "decoy-guofa-2017-40.txt"
    decoy.write_text(f"{DECOY_TITLE}\n国发〔2017〕40号\n各省、自治区、直辖市人民政府：\n" + "\n".join(decoy_sections)
                     + "\n国务院\n2017年6月2日\n", encoding="utf-8")
    truth.decoys.add(str(decoy))
    for k in range(2):
        plan = folder / f"decoy-plan-{k}.txt"
        body = "\n".join(f"{CN[j]}、推进产业集聚{j}\n" + "，".join(rng.sample(clauses, 6)) + "。" for j in range(4))
        plan.write_text(f"湖{'南北'[k]}省人民政府关于推进高新技术产业集聚发展的实施意见\n湘政发〔2017〕{k + 3}号\n"
                        f"为贯彻落实《{DECOY_TITLE}》（国发〔2017〕40号），提出以下意见。\n{body}\n"
                        f"湖{'南北'[k]}省人民政府\n2017年8月{k + 1}日\n", encoding="utf-8")
        truth.decoys.add(str(plan))
    sections = max(5, min(10, size // 1000))
    for k in range(unrelated):
        body = "\n".join(f"{CN[j]}、工作任务{j}\n" + "\n".join(
            f"（{CN[m]}）{'，'.join(rng.sample(clauses, 6))}。" for m in range(max(1, size // (sections * 130))))
            for j in range(sections))
        other = folder / f"other-{k:04d}.txt"
        other.write_text(f"某市人民政府关于做好第{k}项重点工作的通知\n某政发〔2018〕{k + 1}号\n{body}\n某市人民政府\n"
                         f"2018年3月{k % 28 + 1}日\n", encoding="utf-8")
        truth.unrelated.add(str(other))
    truth.unrelated |= truth.decoys
    bad = folder / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n\x00\x01garbage")
    truth.unreadable.add(str(bad))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    made = generate(target, locals_=int(sys.argv[2]) if len(sys.argv) > 2 else 30,
                    unrelated=int(sys.argv[3]) if len(sys.argv) > 3 else 15)
    print(f"wrote {len(made.parents)} implementing, {len(made.unrelated)} unrelated into {target}")


def score(result: dict[str, Any], truth: Truth) -> dict[str, float]:
    """How well a corpus result (its JSON contract, ``Corpus.to_dict()``) matches the truth: discovery precision
    and recall, parents, matrix cells (on the national leaf provisions), horizontal-diffusion pair recall, and
    whether every decoy, copy and unreadable file was told for what it is (1.0 or 0.0)."""
    roles = {d["id"]: d for d in result["documents"]}
    found = {i for i, d in roles.items() if d["role"] == "implements"}
    right = set(truth.parents)
    cells = {(c["document"], tuple(c["national"])): c["status"] for c in result["cells"]}
    judged = [(status == "implemented") == (o in truth.kept[d]) for (d, o), status in cells.items()
              if d in right and o in truth.leaves]
    together = [set(h["documents"]) for h in result["horizontal"]]
    pairs = [(a, b) for group in truth.shared for i, a in enumerate(group) for b in group[i + 1 :]]
    return {
        "precision": len(found & right) / len(found) if found else 1.0,
        "recall": len(found & right) / len(right) if right else 1.0,
        "parents": sum(roles[d]["parent"] == truth.parents[d] for d in found & right) / max(1, len(found & right)),
        "cells": sum(judged) / len(judged) if judged else 1.0,
        "horizontal": sum(any(a in g and b in g for g in together) for a, b in pairs) / len(pairs) if pairs else 1.0,
        "decoys": float(all(roles[d]["role"] == "unrelated" for d in truth.decoys)),
        "copies": float(all(roles[d]["role"] == "copy" for d in truth.copies)),
        "unreadable": float(all(roles[d]["role"] == "unreadable" for d in truth.unreadable)),
    }
