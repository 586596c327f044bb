"""Chinese personal names: where one ends when no space marks it.

Discovery finds where a name starts (after a title such as "首席科学家", before a speech verb,
after "由"); this module decides how long it is: a surname plus one or two characters, ending
before a function character, a verb or non-Chinese text.
"""

from __future__ import annotations

import re

_CJK_STOP = frozenset("此曾在于的是和与也还则将已等被对说表称认指透坦强均都并就又因为从向让把给及、，。：；“”\"（）() ")
_CJK_VERB_START = frozenset("出参接发宣加离创担回介主带领负提谈呼警批质现上致")
"""Characters that begin the verb after a name ("出席", "担任", "现场", "上任"): a name ends
before them."""


def cjk_name(s: str, start: int) -> str | None:
    """A Chinese personal name (surname + one or two characters) starting at `start`.

    Names have no spaces around them: a name ends where a function character (此, 在, 表示,
    punctuation...) or a non-Chinese character follows; three characters are preferred.
    """
    def ends_at(n: int) -> bool:
        nxt = s[start + n:start + n + 1]
        return (not nxt or nxt in _CJK_STOP or nxt in _CJK_VERB_START
                or not "\u4e00" <= nxt <= "\u9fff")

    three, two = s[start:start + 3], s[start:start + 2]
    ok3 = len(three) == 3 and not any(c in _CJK_STOP for c in three[1:]) and all(
        "\u4e00" <= c <= "\u9fff" for c in three)
    ok2 = len(two) == 2 and two[1] not in _CJK_STOP and "\u4e00" <= two[1] <= "\u9fff"
    if ok3 and ends_at(3):
        return three
    if ok2 and ends_at(2):
        return two
    return three if ok3 else None


_TRANSLIT = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法范菲"
    "费芬丰佛弗福夫盖甘冈高戈哥格葛根古圭哈海汉豪赫黑亨洪胡华怀霍基吉纪加贾嘉杰捷金津卡凯坎康"
    "考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里理丽利莉林琳灵隆卢鲁陆路伦罗洛吕马玛迈麦曼芒梅蒙米"
    "密明摩莫默姆穆纳娜奈南内尼涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐乔切钦琴琼丘萨塞赛桑瑟森沙莎"
    "尚绍舍什施史舒斯丝松苏索塔泰坦汤唐陶特提廷汀图托瓦威韦维温翁沃乌伍西希锡谢辛欣休雅亚扬耶"
    "伊依因英尤约泽扎詹兹佐芙薇娅黛妮琪门翰逊瑞珍露茜娃卓璐琦骆赞柏傅蕾妲黎茨迈")
"""Characters Chinese uses to spell foreign names ("马克·贝尼奥夫" is Marc Benioff): a dotted
name reaches as far as these characters go on both sides of its dots."""
_SPELL = "".join(sorted(_TRANSLIT))
_DOTTED = re.compile(rf"[{_SPELL}]{{1,4}}(?:[·•・][{_SPELL}]{{1,8}})+")
GLOSSED = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[由与和、，及同跟以]))"
                     r"(?:(?![由与和及同跟以])[\u4e00-\u9fff]){1,5}[·•・]"
                     r"[\u4e00-\u9fff·•・]{1,10}\s*[(（]\s*(@P\d+@)\s*[)）]")
"""A dotted name glossed by its Latin spelling, masked as a person ("布莱恩·文图罗（@P0@）")."""


def dotted_names(s: str) -> list[tuple[int, int, str]]:
    """Foreign names spelled in Chinese with a middle dot ("杰夫·贝索斯领衔" holds 杰夫·贝索斯):
    every part is a run of name-spelling characters, so a title before ("董事长") and a verb
    or "和" after ("领衔", "和柯蒂斯·普里姆") stay out."""
    return [(m.start(), m.end(), m.group(0)) for m in _DOTTED.finditer(s)]
