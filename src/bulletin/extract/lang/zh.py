"""Chinese cue table: the growth verbs and scope words of Chinese bulletins, one row each.

Rows are data for :mod:`bulletin.extract.lang.rules`; earlier rows win where patterns overlap
(增幅为 before 增), so longer forms come first within a kind.
"""

from __future__ import annotations

from bulletin.extract.lang.rules import Cue

__all__ = ["CUES"]

CUES: tuple[Cue, ...] = (
    # Growth verbs: the word right before a rate says whether it rose or fell.
    Cue("rise", "↑", +1),
    Cue("rise", "增长", +1),
    Cue("rise", "增加", +1),
    Cue("rise", "提高", +1),
    Cue("rise", "上升", +1),
    Cue("rise", "上涨", +1),
    Cue("rise", "回升", +1),
    Cue("rise", "增产", +1),  # 增产2.1%: output up
    Cue("rise", "增幅(?:分别)?(?:为|达到|达)?", +1),
    Cue("rise", "增速(?:分别)?(?:最快|最高)?[,，]?(?:为|达到|达)?", +1),  # (增速最快,达34.2%)
    Cue("rise", "涨幅(?:分别)?(?:为|达到|达)?", +1),
    Cue("rise", "(?:猛|大|激|骤|陡)增", +1),  # 产值猛增99.6%: the adverb is the cue's, not the name's
    Cue("rise", "增", +1),
    Cue("rise", "涨", +1),
    Cue("fall", "↓", -1),
    Cue("fall", "负增长", -1),  # 同比负增长3.4% is a fall: the match starts before the 增长 inside it
    Cue("fall", "下降", -1),
    Cue("fall", "减少", -1),
    Cue("fall", "回落", -1),
    Cue("fall", "下滑", -1),
    Cue("fall", "降低", -1),
    Cue("fall", "下跌", -1),
    Cue("fall", "降幅(?:分别)?(?:为|达到|达)?", -1),
    Cue("fall", "降", -1),
    Cue("fall", "跌", -1),
    Cue("fall", "收缩", -1),
    Cue("fall", "减产", -1),  # 比上年减少21吨,减产0.2%: output down
    # Scope words: which area a clause is about. Guard 'benchmark-above-own': a scope of a level
    # above the bulletin's own names an enclosing area quoted for comparison, never the area's
    # own statistic (全国 in a county release); the same word in a release of that level is the
    # area itself (全国 in a national release). Guard 'before-name': the word counts only right
    # before the indicator's name (全省规模以上工业增加值), since 全省 and 全市 are also the fields
    # of ranks (居全省第四) written in the same clause.
    Cue("scope", "全国", guards=("benchmark-above-own",), level="national"),
    Cue("scope", "全省", guards=("benchmark-above-own", "before-name"), level="province"),
    Cue("scope", "全市|全州|全盟", guards=("benchmark-above-own", "before-name"), level="city"),
    Cue("scope", "全县|全旗|全区", guards=("benchmark-above-own", "before-name"), level="county"),
)
