"""The words that tell what a number in a bulletin means, as compiled patterns.

Contract: data only (regular expressions and word lists), shared by the
extractor modules. Patterns run on text normalised by ``normalized.normalize`` (re-exported here)
(full-width forms folded one-to-one, so offsets stay valid).
"""

from __future__ import annotations

import re

from bulletin.core.guarded import Guarded
from bulletin.extract.lang import en, zh
from bulletin.extract.lang.rules import alternation
from bulletin.extract.text.normalized import normalize

__all__ = ["normalize"]


CJK = r"\u3400-\u9fff"
# A section's number before a name ('一、农林牧渔业增加值…'; not a list of ordinals, '一、二、三产业投资'),
# with its heading when the heading is repeated as the topic ('二、农业 全年农业总产值', '一、农业 农业实现…')
_NUMERAL = "[一二三四五六七八九十]"
SECTION_OPENING = re.compile(
    rf"^{_NUMERAL}{{1,2}}、(?:(?P<h>[{CJK}]{{2,4}})(?:(?P=h)(?:实现|完成)了?|(?=(?P=h)))|(?!{_NUMERAL}{{1,2}}[、和产]))"
)
# '高新技术产业完成工业总产值': an industry's own output before the verb, not the area's whole series
PART_BEFORE = re.compile(rf"(?<![全我本该])[{CJK}]{{2,10}}(?:产业|行业|制造业)(?:累计)?(?:实现|完成)了?$")
# A ranked field named by its members: 六县市, 9县(市、区), 省区市 ('六县市排名第三').
PEER_GROUP = r"(?:县市区?|县区|区县|市县|市州|地市|县\(市、?区?\)|县（市、?区?）|省区市)"
NUM = r"[+-]?\d[\d,]*(?:\.\d+)?"
CN_NUM = r"[一二三四五六七八九十百两〇零]+"

# Sentence and clause boundaries (after normalisation).
# ('… of Hunan's GDP. The value added …': an acronym ends a sentence too; 'U.S. Economy' does not)
SENTENCE_END = re.compile(
    r"[。!?]|(?:(?<=[a-z0-9%)\]])|(?<=[A-Z]{2}))\.(?=\s+[A-Z\"“(]|\s*$)|(?<=[a-z%)])\.(?=[A-Z][a-z])"
)
SEGMENT_END = re.compile(r";")
CLAUSE_SEP = re.compile(
    r"(?<!\d),|,(?!\d{3}(?!\d))|、|;|,\s|\s(?:while|but|whereas)\s|\sand\s(?=\d|its\b|the\b|a\b|an\b)|"
    r"\swith\s(?=[a-z])|\s-\s(?=[a-z])"  # ('…, respectively - increases of …': a spaced dash)
)

# Words that may stand directly before an indicator name without being part of it.
LEFT_WORDS_ZH: tuple[str, ...] = (
    "全区", "全市", "全县", "全省", "全国", "全镇", "全州", "我区", "我县", "我市", "我省", "我州", "我旗",
    "全旗", "全盟", "本区", "本市", "经开区", "开发区", "高新区", "综保区", "保税区", "自贸区", "园区",
    "全年", "今年", "当年", "年末", "月末", "其中", "以及", "完成", "实现", "累计", "合计", "达到", "为",
    "是", "及", "和", "与", "的", "看", "中", "在", "共", "单季", "当季", "当月", "全口径", "方面", "同期",
    "新区", "片区", "我镇", "本镇", "街道", "本县", "本省", "该区", "我们", "年度", "该省", "该市", "该县",
)  # fmt: skip
# A province's short name ('浙江城镇调查失业率…') or the usual per-capita basis ('按常住人口计算人均GDP…')
LEFT_WORDS_ZH += (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
    "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "按常住人口计算",
)  # fmt: skip
LEFT_WORDS_EN = (
    "the", "its", "their", "zone's", "city's", "county's", "district's", "province's", "country's",
    "nation's", "china's", "region's", "total", "national", "nationwide", "provincial", "municipal",
    "outstanding", "local", "overall", "and", "while", "with", "of", "in", "that", "whose", "as", "which",
    "recorded", "reported", "saw", "posted", "registered", "achieved", "attracted", "received", "handled",
    "whereas", "but", "also", "generating", "producing", "bringing", "with", "posting",
)  # fmt: skip

# A name followed by one of these is a longer, different series (出口型企业).
RIGHT_NOUNS_ZH = re.compile(
    r"^(?:型|类|企业|产品|行业|结构|比重|占比|弹性|项目|领域|方面的|额|量|值|率|数|面积|价格|指数|收入|"
    r"用电|用水|用气|用能|从业|就业|"
    r"支出|利润|投资|余额|能耗|能源|密度|营业|营收|税收|销售|固定资产|出生率|死亡率|自然增长率|城镇化率|"
    r"及其)"  # ('农林牧渔业总产值及其服务业产值': a larger total than the catalogue's)
)

# Words run on after a name make a longer one ('出口交货值': 出口 starts it), unless they restate the
# named total ('地区生产总值总量为…', '生产总值现价总量为…').
NAME_GOES_ON = re.compile(rf"(?!(?:现价)?总量|总额|总数|总值)(?![实完达为累共])[{CJK}]{{1,4}}(?:值|额|量|数)")
# A verb between a name and its own measure word: '第一产业实现增加值31.6亿元'.
SPLIT_MEASURE = re.compile(
    r"(?P<verb>实现|完成|累计实现|累计完成|共实现|共完成)?"
    r"(?P<head>增加值|总产值|产值|营业收入|收入|利润总额|零售额|投资|产量|总额)(?P<link>为|达|达到)?"
)

# A coverage other than 规模以上 written as a subject before an industry name: 全口径工业实现…, 区属规模工业
OTHER_COVERAGE = re.compile(
    r"(?P<coverage>全口径|区属规模|区属|县属|市属)(?:工业)?(?:企业)?(?:累计)?(?:实现|完成)了?$"
)
SHARED_MEASURE = re.compile(
    r"分别(?:实现|完成)?(?P<head>增加值|总产值|产值|营业收入|零售额|销售额|利润总额|产量)(?:为|达到?)?$"
)

# Number cues. "PRE" patterns must match the whole text between the last
# event and the number; they are anchored by the caller.
COMPARE_PREFIX = (
    r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|与上年同期相比|与去年同期相比|比上年末|比去年末|"
    r"较上年末|比上年底|比去年底|比上年同月|比去年同月|较上年同月|较去年同月|比上年度|较上年度|比上年|比去年|较上年|"
    r"较去年|较同期|比同期|按可比价格(?:计算)?|按可比价(?:计算)?|按可比口径(?:计算)?|按不变价格(?:计算)?|按不变价(?:计算)?|按现价(?:计算)?|"
    r"按当年价格计算|扣除[^,;]{0,12}?因素(?:后)?|同口径|可比口径|可比价|可比|名义|实际|累计|当季|单季|当月|分别|均|也|继续|大幅度?|小幅|较快|快速|稳步|明显|显著|"
    r"持续|仅|只有|则|比(?=增|降|减|下降)|"  # '外贸出口比增7.2%': 比 alone for 比上年
    r"(?<=同期)的(?:相对)?(?:高位|低位|高基数|低基数)上?)*"  # '较去年同期的相对高位下降8%'
)
GROWTH_UP_ZH = alternation(zh.CUES, "rise")
GROWTH_DOWN_ZH = alternation(zh.CUES, "fall")
GROWTH_ZH = re.compile(
    rf"^{COMPARE_PREFIX}(?:增速|增幅)?(?P<dir>{GROWTH_UP_ZH}|{GROWTH_DOWN_ZH})(?:了)?(?:分别为|是|为|只有|仅|达)?"
    rf"(?P<to>至|到)?(?:约|近|超|逾)?$"
)
SIGNED_ZH = re.compile(rf"^{COMPARE_PREFIX}[+-]?$")

GROWTH_UP_EN = alternation(en.CUES, "rise")
GROWTH_DOWN_EN = alternation(en.CUES, "fall")
GROWTH_EN = re.compile(
    rf"^(?:(?:year on year|year-on-year|y/y|yoy),?\s*)?(?:(?:was|were|is|are|has been|have been|both)\s+)?"
    rf"(?P<dir>{GROWTH_UP_EN}|{GROWTH_DOWN_EN})"
    r"(?:\s+(?:solidly|steadily|sharply|slightly|significantly|rapidly|strongly|moderately|modestly))?(?:\s+by)?"
    rf"(?:\s+(?:about|around|nearly|some|approximately))?\s*$",
    re.IGNORECASE,
)
GROWTH_AFTER_EN = re.compile(
    # ('34.4 percent of increase year-on-year', 'RMB 174.72 billion, 16.8% higher,')
    r"^\s*(?:of\s+)?(?:year-on-year\s+)?(?:increase|rise|growth|gain|jump)\b|^\s*higher\s*(?:[,;.]|$)|"
    r"^\s*(?:more|higher|up|faster)\s+(?:than|from|over|on)\b|^\s*(?:year on year|year-on-year|y/y|yoy|"
    r"from a year earlier|over the same period|on a year earlier|over a year earlier)",
    re.IGNORECASE,
)
LOWER_AFTER_EN = re.compile(  # ('…, while which was 6.3 percent of decrease from January to February')
    r"^\s*(?:of\s+)?(?:year-on-year\s+)?(?:decrease|decline|drop|fall)\b|^\s*(?:less|lower|down|slower)\s+"
    r"(?:than|from|over|on)\b",
    re.IGNORECASE,
)

# Value cues: the text between a name and its value.
VALUE_ZH = re.compile(
    r"^(?:仍然?|依然|还|已经?)?(?:分别|累计|当季|单季|当月|全年|共|合计|总计)?"  # ('总产量仍达到3.31万吨')
    r"(?:完成|实现|达到|达|为|是|共|合计|录得|(?:修订|调整|核定|核实)为|"
    r"(?:提高|增加|增长|上升|提升|下降|减少|降低|发展|扩大)(?:到|至))?(?:了)?(?:约|近|超|逾|超过)?$"
)
VALUE_EN = re.compile(
    r"^(?:(?:(?:has|have|had)\s+)?(?:reached|reach|reaches|total|totals|totalled|totaled|amounted to|"
    r"amount to|came to|came in at|(?:dropped|fell|declined|decreased|rose|climbed|increased|grew) to|"
    r"(?:surged|soared|jumped|expanded|surging|soaring|jumping|rising|climbing|growing|increasing) to|"
    r"to reach(?: a total of)?|"
    r"stood at|stand at|was|were|is|are|hit|touched|approximated|recorded|numbered|achieved|"
    r"remained|remains|stayed|realized|realised|"
    r"registered|generated|generating|of|to|at|totalling|totaling|reaching|amounting to|worth|averaged|made|"
    r"handled|received|"
    r"(?:to|at|with|for) a total of|"
    r"was revised to|were revised to|revised to|"
    r"(?:more than )?(?:doubled|tripled|quadrupled)(?: (?:from a year earlier|year on year))? to|"
    r"accounted for|exceeding|exceeded|surpassing|surpassed|topping|topped|"
    r"(?:posted|recorded|saw|registered|logged|achieved|reported|with) an?|"
    # 'The primary industry posted an added value of …': the verb and its measure between
    r"(?:posted|recorded|realized|realised|achieved|reported|registered|saw|generated)\s+(?:an?\s+|the\s+)?"
    r"(?:added value|value added|output|revenue|income)\s+of)\s*)?"
    r"(?:(?:a record|an? (?:all-time|new|historic|record) high)(?: of)?\s*)?"
    r"(?:(?:only|just)\s*)?(?:about|around|nearly|some|approximately|over|more than|almost)?\s*$",
    re.IGNORECASE,
)

# Phrases that contain a target word but report a result: 完成年度计划的103.6%, 好于预期.
NOT_TARGET = re.compile(
    r"完成(?:年度|全年|年初)?(?:目标|计划)(?:任务)?的|(?:好于|高于|超出|超过|低于|符合|超)(?:年初)?预期(?:目标)?|"
    r"(?:better|higher|stronger|weaker|lower) than (?:expected|the target)|(?:of|exceeding) the "
    r"(?:annual )?target",
    re.IGNORECASE,
)
# A sentence that announces plans: the rest of its paragraph states no statistics.
_PLAN_FRAME_ANY = re.compile(
    r"我们将|将重点|重点抓好|重点做好|下一步|主要预期目标|预期目标是|预期目标为|主要目标是|目标任务是|"
    r"工作安排|今年将|明年将|要着力|力争实现|\bwill (?:focus|strive|aim)|targets for|the main targets",
    re.IGNORECASE,
)
PLAN_FRAME = Guarded(
    _PLAN_FRAME_ANY, ("将", "重点", "下一步", "目标", "工作安排", "要着力", "力争实现"), latin=True
)
# A sentence that continues the subject of the one before it (其中, 分季度看 ...).
CONTINUES = re.compile(
    r"^\s*(?:其中|分季度看|分季看|分月看|分月份看|从季度看|从月度看|从单月看|单月看|具体来看|具体看|"
    r"分季度|分月度|in particular|of which|quarterly|by quarter)\s*[,:]?",
    re.IGNORECASE,
)
# A section of a table by the area's parts ('分县(区)', '各县市区', '按经济区域分'): the rows under it
# are places within the area (东翼, 西翼, 某某经济区), whatever their names look like.
PLACE_SECTION = re.compile(
    r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.]\s*)?"  # numbered: '4、按经济区域分'
    r"(?:(?:分|各)(?:县|区|市|地区|乡镇|镇|街道|园区|景区|片区)"
    r"|按(?:经济)?(?:区域|地区|地域|市县|县区|县市区?|区县|城市|市州|乡镇)分(?:组)?$)"
)
# A sentence that is about single enterprises, not the area: 从重点企业看, 龙头企业….
SINGLE_FRAME = re.compile(
    r"^\s*(?:从重点企业看|重点企业中|从企业看|龙头企业|重点企业方面|"
    # the figures of the area's parts, not its own: '分县区看,A区地区生产总值412.3亿元'
    r"分县区看|分县\(市、?区\)看|分县市区看|分区县看|分县\(区\)看|分地区看(?![,:]?\s*对)|分区域看|分乡镇看|分镇街看|"
    r"以[\u3400-\u9fff]{2,16}为例|"  # one unit as an example: '以某经开区为例,该园区…'
    r"among (?:key|leading) (?:firms|enterprises)|"
    # 'Xiangjiang Auto, the city's largest manufacturer, built …'
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4},\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:manufacturer|company|enterprise|firm|group|producer|maker|exporter|employer|taxpayer|carmaker)\b)",
    re.IGNORECASE,
)
# A threshold in a policy or a definition: 'enterprises whose annual revenue first exceeds 20 million
# yuan', 'projects with investment of more than 100 million yuan'.
THRESHOLD_EN = re.compile(
    r"\b(?:enterprises|firms|companies|projects|businesses|entities|residents|households|counties|cities|"
    r"districts|regions|towns|villages)\s+(?:whose|with)\b[^,;]*"
    r"\b(?:above|over|exceeding|exceeds?|more than|at least|of at least|of over)"
    r"(?:\s*\((?:including|inclusive|included)\))?\s*$",  # ('of more than (including) 100 million yuan')
    re.IGNORECASE,
)
# Totals since founding or over several years are not figures of the bulletin's period.
SINCE = re.compile(
    r"(?<!今年)(?<!年初)(?<!本年)(?<!上半年)(?<!一季度)以来|\d{4}\s*[-~至]\s*\d{4}年|"
    # (a count of years, not a year: '累计增速自2016年10月由负转正' is no total over years)
    r"(?:[一二三四五六七八九十两]+|(?<!\d)\d{1,2})年累计|累计[^,;\d]{0,4}(?:[一二三四五六七八九十两]+|\d{1,2})年|"
    r"(?:建区|建市|建县|设区|设立|成立|开发|开区|建园|投用|运营)(?:\d+年|[一二三四五六七八九十]+年)?以来|"
    r"\d+年来|[一二三四五六七八九十]+年来|多年来|历年|累计已|"
    r"since (?:its |the zone's )?(?:founding|establishment)|since \d{4}",
    re.IGNORECASE,
)
# A percentage in parentheses after another area is a benchmark: 高于全国(5.5%)、全省(5.3%)平均水平.
BENCHMARK_BEFORE = re.compile(
    r"(?:全国|全省|全市|全州|省|市|国家|平均水平?|national|provincial|nationwide)\s*\(\s*$", re.IGNORECASE
)
APPROX_AFTER = re.compile(r"^\s*(?:及以上|及以下|以上|以下|以内|左右|上下)")

# Whole clauses that make every number in them something other than a statistic.
TARGET = re.compile(
    r"目标|预期|预计|力争|计划|确保|争取|规划|任务|将达到|有望|控制在|aims? to|target|expected to|"
    r"forecast|projected|plans? to|goal|\bwill\b|\bexpects? to\b",
    re.IGNORECASE,
)
NOT_GROWTH = re.compile(
    r"环比|月环比|比上月|较上月|与上月相比|比上季度?|较上季度?|比上期|较上期|占|比重|占比|比例|贡献率|贡献|拉动|强度|两年平均|年均|平均增长|平均增速|三年平均|"
    r"完成年度|完成全年|完成计划|进度|month[- ]on[- ]month|quarter[- ]on[- ]quarter|on a monthly basis|"
    r"\bshares?\b(?![- ]?holding)|accounted for|"
    r"accounting for|"
    r"made up|proportion|two-year average|average annual|average growth|on average|over the two years|"
    # 'of the total' is a share ('…, 30 percent of the total'), not 'growth of the total value added'
    r"equal to|of (?:the )?total\b(?! (?:value|output|retail|investment|profits?|revenue|sales|volume))|"
    # 'compared with that of last year' is the year-on-year basis itself, not another benchmark
    r"contribut|percent of|% of|"
    r"compared\s+with(?!\s+the\s+same\s+(?:period|month|quarter)\s+(?:of|in)\s+(?:(?:19|20)\d\d\b|$))"
    r"(?!\s+(?:19|20)\d\d\b)"  # ('… dropped by 3 percent compared with 2022': BASE_YEAR_EN checks the year)
    r"(?!\s+(?:(?:that|those|the\s+same\s+(?:period|month)|(?:Jan|Feb|March|April|May|June|July|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s+of\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year))"
    r"(?!\s+the\s+same\s+(?:period|month|quarter)\s+(?:of\s+)?(?:last|the\s+previous)\s+year)|"
    r"national average|provincial average|for the province|"
    r"for the country|nationwide average|较年初|比年初|from the start of the year|"
    r"since the start of the year|(?:over|from|since|compared with) the beginning of the year|"
    r"from (?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+(?:to|through)\s+[A-Z])|"  # ('… from January to October rose …': a span, no base)
    r"from the previous month|from last month|from a month earlier|"
    r"\b(?:up|down|rising|falling|accelerating|slowing|easing)\s+from\s*$|"  # (a base: up from 1.6 percent)
    r"\bgrowth rates?\s+(?:(?:declin|decreas|increas)ed|fell|dropped|slowed|rose|climbed|edged \w+)"
    r"\s+(?:by\s+)?$",  # 'CPI growth rate declined 0.2% from last year': a change of the rate
    re.IGNORECASE,
)
# '…, down from 10 percent in 2015 and 15.7 percent in 2014': every rate the base's 'from' lists is a base
BASES_EN = re.compile(
    r"\b(?:up|down|rising|falling|slowing|easing)\s+from\s+[\d.]+\s*(?:percent|%)(?:\s+in\s+(?:19|20)\d\d)?"
    r"\s*,?\s*and\s+$",
    re.IGNORECASE,
)
# A rate on the same period of a named year: year-on-year only when that year is the one before.
# Where the words that qualify an English rate end: the next number (but the year of '… compared with
# 2022', BASE_YEAR_EN's) or another verb ('… up 10.2% and accounted for 58.1%')
RATE_WORDS_END_EN = re.compile(
    r"(?<!compared with )(?<!\d)\d|\sand\s+(?:an?\s|account|ma[dk]e|contribut|represent|"
    r"(?:higher|lower) than)"  # ('… an increase of 0.3 percent and higher than the average growth rate of …')
)
BASE_YEAR_EN = re.compile(
    r"^\s*(?:percent|per cent|%)?\s*(?:over|compared with|from|than) (?:that of |those of )?"
    r"(?:the same (?:period|month|quarter) (?:in|of) |actual |(?<=compared with )|the same (?=\d{4} period))"
    r"(?P<year>(?:19|20)\d{2})\b",  # ('… from the same 2014 period')
    re.IGNORECASE,
)
NOT_VALUE = re.compile(
    r"距|车程|比上年同期的|比去年同期的|上年同期为|去年同期为|上年为|高于|低于|超出|多于|少于|基数|突破|跨越|迈上|站上|"
    r"than at the start|more than at|compared with|from a year earlier of"
)
CHANGE_ZH = re.compile(
    r"(?:增加|减少|新增|净增|增|减|多|少|提高|下降|回落|增量为?|增长|下滑)(?:了)?(?:约|近)?$"
)
CHANGE_EN = re.compile(r"^\s*(?:more|fewer|less|higher|lower)\s+than\b", re.IGNORECASE)
SINGLE_ENTITY = re.compile(
    r"该|此项|这个|这家|公司|集团|厂区|龙头企业|单个项目|最大的|单体|建成后|达产后|可实现|年产值|年税收|"
    r"奖励|补贴|给予|(?<!岁)及以上|(?:贫困|扶贫|低保|最低工资|补助|收费)标准|"
    # '2000万元及以上的企业' is a threshold; '保持30%以上的快速增长' a pace, no single entity
    r"以上的(?!快速|较快|高速|增长|增速|速度)|"
    r"\bthe company\b|\bthe project\b|(?<!-)\binvested\b|\banchor tenant\b|"
    r"\bplant\b|"
    r"\brewards?\b|\bsubsid(?:y|ies)\b|\bbonus\b|\bgrants? of\b|\bincentives? of\b|"
    r"\bfactory\b|largest single|\bsingle (?:project|company|enterprise)\b",
    re.IGNORECASE,
)
_FOLD_GROWTH_ANY = re.compile(  # '增长1.2倍', 'increased rapidly by 7.5 times', 'an increase of 2.8 times'
    r"(?:增长|增加|提高|上升)(?P<n>\d+(?:\.\d+)?)倍|\b(?:(?:grew|increased|rose|expanded|surged|jumped)"
    r"(?:\s+[a-z]+ly)?\s+(?:by\s+)?|(?:increase|growth|rise)\s+of\s+)(?P<en>\d+(?:\.\d+)?)\s+times\b",
    re.IGNORECASE,
)
FOLD_GROWTH = Guarded(_FOLD_GROWTH_ANY, ("倍",), latin=True)
# Words an English name holds as one term: 'above designated size', 'persons employed in urban
# non-private units' (the NBS's wage statistics)
ONE_TERM_EN = re.compile(
    r"\babove (?:the |a )?designated size\b|\bpersons employed in urban (?:non-)?private units\b|"
    r"\bR ?& ?D\b"
)
# 'doubled from a year earlier' is +100%; 'more than doubled' says no exact rate.
_DOUBLED_ANY = re.compile(
    r"(?<!more than )(?<!nearly )(?<!almost )\b(?P<w>doubled|tripled|quadrupled)\b"
    r"(?=\s+(?:from a year earlier|year on year|year-on-year|over the previous year|from last year))",
    re.IGNORECASE,
)
DOUBLED = Guarded(_DOUBLED_ANY, latin=True)
_FLAT_ANY = re.compile(
    # 保持平稳 (keeping steady) holds the letters of 持平 but is no growth rate
    # ('增幅与上年持平': the rate's own word opens the match, so it is never read as a subject)
    r"(?:(?:增幅|增速)?(?:与上年同期|与去年同期|与上年|与去年|同比))?(?:基本)?"
    r"(?:保持(?=持平))?(?<!上月)(?<!环比)(?<!上季)(?<!上期)(?<!与上月)(?<!保)持平(?!稳)|"  # (与去年保持持平)
    r"\bflat\b(?! (?:month|(?:from|with|compared with|to|as) (?:that (?:of|in) )?(?:the )?"
    r"(?:previous|last) month|(?:the )?last month))|"
    r"unchanged(?! (?:from|over) (?:that (?:in|of) )?(?:the )?(?:previous|last|preceding) month)|"
    # '… was 4.879 billion yuan, the same as that of 2022' (a year-on-year basis only when it is the
    # year before: shapes.special checks the year)
    # ('remaining the same compared with that for the same period last year')
    r"\b(?:(?:remain|stay)(?:ed|ing|s)?\s+)?the same (?:as|compared (?:with|to)) "
    r"(?:that |those )?(?:of |in |for )?"
    r"(?:last year|the previous year|a year (?:earlier|ago)|"
    r"the same period (?:of |in )?(?:last|the previous) year|(?P<year>(?:19|20)\d{2})\b)",
    re.IGNORECASE,
)
FLAT = Guarded(_FLAT_ANY, ("持平",), latin=True)
_INDEX_BASE_ANY = re.compile(
    r"(?P<v>\d{2,3}(?:\.\d+)?)\s*\(\s*(?:上年同[期月]|上年|去年同[期月]|same (?:month|period|quarter) "
    r"(?:of )?(?:the )?(?:previous|last) year|previous year|last year)\s*=\s*100\s*\)",
    re.IGNORECASE,
)
INDEX_BASE = Guarded(_INDEX_BASE_ANY, ("=",))
REAL = re.compile(
    r"实际|可比价|可比口径|同口径|扣除[^,;]{0,12}?因素|不变价|"
    r"constant prices|in real terms|real terms|real growth",
    re.IGNORECASE,
)
# '(the actual decline was 18.1 percent, …': the real rate after the nominal one (said before it only)
REAL_SAID = re.compile(r"\b(?:actual|real) (?:growth|increase|rise|decline|decrease|drop|fall) was\s*$", re.I)
NOMINAL = re.compile(r"名义|现价|当年价|current prices|in nominal terms|nominal", re.IGNORECASE)
# Periods as comparison bases (or carried on from: 延续了上半年…态势) or before a time word: not the figure's.
PERIOD_BEFORE_NOT = re.compile(
    r"(?:较|比|与|同|相比|比上|低于|高于|快于|慢于|好于|优于|延续了?|保持了?|是|由|从|than|from|over|since|"
    r"compared (?:with|to)|versus|(?:flat|equal|level|unchanged|same) (?:to|with|as)|"
    r"same (?:period|month|quarter) (?:of|in)|vs\.?|(?:from|over|than) the same|"
    r"percent of (?:decrease|increase|decline|growth))"  # '…, which was 2.6 percent of decrease in July'
    r"(?:\s+(?:in|that in|that of|those in|the end of))?(?:\s+the)?\s*$",
    re.IGNORECASE,
)
PERIOD_AFTER_NOT = re.compile(
    r"^(?:以来|(?:重点)?工作(?!日)|来(?![源自])|以前|以后|目标|计划|任务|预期|相比|同期|底前|前后|不变价|可比价|尾期|[上中下]旬|的[^,]{0,6}?(?:目标|计划|任务)|的\s*\d)"
)
# '99.09 trillion yuan (14.15 trillion U.S. dollars)', '(约合3.1亿美元)', '按年平均汇率折算约合20533美元'
_CONVERSION_ANY = re.compile(
    r"\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?:US)?\$\s*[\d.,]+\s*(?:trillion|billion|million)?\s*\)"
    r"|\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+)?[\d.,]+\s*(?:trillion|billion|million)?\s*"
    r"(?:U\.S\.|US)?\s*dollars\s*\)"
    r"|\((?:约合|折合|合)[^()]{1,16}?美元\)|(?:约合|折合|折算为|折算约合)(?:美元)?[\d.,]+(?:万|亿)?美元"
    # ('人均GDP为19850元,…,按现行汇率折算达2400美元': the same figure in dollars)
    r"|按(?:当年|现行)?(?:平均)?汇率折算(?:为|达|约合|约)?[\d.,]+(?:万|亿)?美元",
    re.IGNORECASE,
)
CONVERSION = Guarded(_CONVERSION_ANY, ("美元", "$"), latin=True)


# What follows an English catalogue name and makes it a part of the series: a region ('… in eastern
# region'), town or country ('… in urban areas'), the units above a size, or the total less a class.
PART_AFTER_EN = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?:eastern|central|western|north-?eastern|northeast)\s+(?:regions?|areas?|China)|"
    r"in\s+(?:the\s+(?:province|city|county|district|region|country)['’]s\s+)?(?:urban|rural)\s+areas|"
    r"(?:at\s+and\s+)?below\s+the\s+county\s+level|"  # the NBS's older rural retail sales
    r"of\s+(?:units|enterprises)\s+above[- ](?:the\s+)?designated[- ]size|"
    r",?\s*(?:excluding|except(?:\s+for)?)\s+(?:the\s+)?[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?|"
    # 'private investment in fixed assets in primary industry': one industry's part of the total
    r"(?:in\s+fixed\s+assets\s+)?in\s+(?:the\s+)?(?:primary|secondary|tertiary)\s+(?:industry|sector))\b",
    re.IGNORECASE,
)


# 'The per capita disposable income of urban and rural residents was x yuan and y yuan, up a percent
# and b percent': two items and pairs of figures share out as if 'respectively' were written.
_RESPECTIVELY = Guarded(re.compile(r"\brespectively\b", re.IGNORECASE), latin=True)
_AMOUNT_EN = r"\d[\d,]*(?:\.\d+)?\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:yuan|percent|per cent|%)"
_PAIRED_EN = Guarded(re.compile(rf"{_AMOUNT_EN}\s+and\s+{_AMOUNT_EN}", re.IGNORECASE), latin=True)


def respectively_at(text: str) -> int | None:
    """Where an English sentence's 'respectively' is, said or implied by pairs; None without one."""
    if said := _RESPECTIVELY.search(text):
        return said.start()
    pairs = list(_PAIRED_EN.finditer(text))
    if pairs and re.search(r"\b[a-z]+ and [a-z]+\b", text[: pairs[0].start()]):
        return pairs[-1].end()
    return None
