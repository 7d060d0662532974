"""Look-alike and sound-alike characters (形近, 音近): a reason to suspect a substitution.

When two readings differ in one character and the two characters look or sound
alike, the difference is most likely a copying slip, so a smaller margin of the
language model decides it. Sound is read from pypinyin's table of readings (found
without importing pypinyin, on first use); shape from a table of pairs often confused.

>>> similar("己", "已"), similar("在", "再"), similar("发", "展")
('look', 'sound', None)
"""

from __future__ import annotations

import importlib.util
import json
import os
import unicodedata
from functools import lru_cache

from ...errors import PolicydiffError
from .case import Case, Vote, ideographic
from .model import comparable, confidence, costs

MARGIN = 1.5
"""How much less probable, in nats, the suspect reading must be."""

LOOK_ALIKE = (
    "己已巳 未末 戊戌戍 侯候 拨拔 即既 很狠 辨辩辫瓣 账帐 历厉 折拆 壁璧 赢嬴 券卷 汩汨 衷哀 季李 今令 天夭 "
    "王玉主 人入八 士土 干于千 日曰 代伐 治冶 刺剌 崇祟 准淮 肓盲 待侍 徒徙 刀力 大太犬 官宫 设没 "
    "拟似 籍藉 佳住 住往 科料 免兔 休体 要耍 鸟乌 贝见 处外 己乙 义又 厂广 兰三 土工 工王 石右 仓仑 "
    "延廷 杨扬 场扬 汤场 辛幸 茶荼 盲育 使便 项顶 烧浇 晴睛 清请情 检验险捡 输输 特持 提堤 推准 "
    "织识职 模摸 摘滴 援缓 措错借 组阻 划刘 则测 责债 贵贯 货贷 侍待 浴谷 第弟 筹等 策束 管营 "
    "营宫 部郭 陪倍 培陪 增赠 础出 障彰 展屏 施旋 效郊 政致 救求 贸贺 资姿 质盾 制剂 刑型形 "
    "型坚 启后 各名 名多 克兑 须顺 须需 需霜 建健键 健键 度席 席庶 廉兼 宣宜 宜宣 审宙 宙宇 "
    "市币 币巾 乎平 半伴 平坪 乐东 东车 车东 开井 升斗 斤斥 全金 会合 企众 众仌 令今"
)
"""Groups of characters that look alike, each a run of characters between spaces."""

_GROUPS = [set(g) for g in LOOK_ALIKE.split()]


def similar(a: str, b: str) -> str | None:
    """``look`` when two characters look alike, ``sound`` when they sound alike, else None."""
    if any(a in g and b in g for g in _GROUPS):
        return "look"
    readings = _sounds()
    if readings.get(a, set()) & readings.get(b, set()):
        return "sound"
    return None


@lru_cache(maxsize=1)
def _sounds() -> dict[str, set[str]]:
    """Every character's readings without tones (``在`` → ``{'zai'}``), from pypinyin's table."""
    spec = importlib.util.find_spec("pypinyin")
    path = os.path.join(spec.submodule_search_locations[0], "pinyin_dict.json") if spec and \
        spec.submodule_search_locations else ""
    if not os.path.exists(path):
        raise PolicydiffError("pypinyin is not installed; reinstall policydiff (pip install policydiff)")
    with open(path, encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return {chr(int(k)): {_toneless(p) for p in v.split(",")} for k, v in table.items()}


def _toneless(pinyin: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))


class Similar:
    """Two readings that differ in one character that looks or sounds like the other: the model decides at a
    smaller margin."""

    code = "similar"
    two_readings = True
    fallback = True

    def vote(self, case: Case) -> Vote | None:
        """A vote for the more probable reading, when the readings differ in one look- or sound-alike character."""
        (a, _), (b, _) = case.groups.items()
        if len(a) != len(b) or not comparable(case) or not ideographic(a + b):
            return None
        differ = [(x, y) for x, y in zip(a, b) if x != y]
        if len(differ) != 1 or (how := similar(*differ[0])) is None:
            return None
        scored = costs(case)
        (win, (best, _)), (_, (worst, _)) = sorted(scored.items(), key=lambda kv: kv[1][0])
        margin = worst - best
        if margin < MARGIN:
            return None
        x, y = differ[0]
        english = "look" if how == "look" else "sound"
        return Vote(win, round(confidence(margin) - 0.3, 2), f"「{x}」 and 「{y}」 {english} alike: a likely slip.",
                    f"“{x}”“{y}”{'形' if how == 'look' else '音'}近易讹")
