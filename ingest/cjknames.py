"""Chinese personal names: where one ends when no space marks it.

Discovery finds where a name starts (after a title such as "首席科学家", before a speech verb,
after "由"); this module decides how long it is: a surname plus one or two characters, ending
before a function character, a verb or non-Chinese text.
"""

from __future__ import annotations

_CJK_STOP = frozenset("此曾在于的是和与也还则将已等被对说表称认指透坦强均都并就又因为从向让把给及、，。：；“”\"（）() ")
_CJK_VERB_START = frozenset("出参接发宣加离创担回介主带领负提谈呼警批质")
"""Characters that begin the verb after a name ("出席", "担任"): a name ends before them."""


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
