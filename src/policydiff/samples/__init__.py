"""The bundled sample documents: five real policy texts as found on the web.

>>> names()[:2]
['guofa-2015-40', 'jingzhengfa-2016-4-a']
>>> text("guofa-2015-40")[:12]
'国务院关于积极推进“互联'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DESCRIPTIONS: dict[str, str] = {
    "guofa-2015-40": "国务院关于积极推进“互联网+”行动的指导意见 (国发〔2015〕40号), a partial web copy",
    "jingzhengfa-2016-4-a": "北京市关于积极推进“互联网+”行动的实施意见 (京政发〔2016〕4号), copy A from a newsletter",
    "jingzhengfa-2016-4-b": "北京市人民政府关于积极推进“互联网+”行动的实施意见 (京政发〔2016〕4号), "
                            "copy B from a news site",
    "beijing-sei-2011": "北京市关于加快培育和发展战略性新兴产业的实施意见 (2011), with its cover notice",
    "jingfa-2017-27": "京发〔2017〕27号: a cover notice and ten guidance documents on high-tech industries",
}
"""Each sample's name and what it is."""


def names() -> list[str]:
    """The names of the bundled samples, national document first."""
    return list(DESCRIPTIONS)


def path(name: str) -> Path:
    """The path of a bundled sample inside the installed package."""
    if name not in DESCRIPTIONS:
        raise KeyError(f"no sample named {name!r}; the samples are {', '.join(DESCRIPTIONS)}")
    return Path(__file__).parent / f"{name}.txt"


@cache
def text(name: str) -> str:
    """The decoded text of a bundled sample."""
    return path(name).read_text(encoding="utf-8")
