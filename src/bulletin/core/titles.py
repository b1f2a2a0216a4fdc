"""What each diagnostic code means, in zh-CN and English: the heading an editor sees.

One row per code of ``core.errors.CODES`` (a test keeps the two in step); the messages and
hints themselves are translated in ``core.messages`` and ``core.hints``.
"""

from __future__ import annotations

__all__ = ["TITLES", "WORDS_ZH"]

# code -> (zh-CN, en): what the code means; the fallback when a message has no entry.
TITLES: dict[str, tuple[str, str]] = {
    "E101": ("文件不是有效的 UTF-8 文本", "file is not valid UTF-8 text"),
    "E102": ("文件是二进制文件，不是文本", "file is binary, not text"),
    "E103": ("文件超过大小限制", "file is larger than the size limit"),
    "E104": ("文件是空的", "file is empty"),
    "E105": ("有一行超过长度限制", "a line is longer than the line limit"),
    "E106": ("没有 content/ 文件夹", "no content/ folder"),
    "E107": ("不是普通文件（命名管道、套接字或设备）", "not a regular file (a pipe, socket or device)"),
    "E108": ("文件或文件夹无法读取", "a file or folder cannot be read"),
    "E109": ("超出了规定的上限", "a documented limit is exceeded"),
    "E110": ("文件名含控制字符、双向或不可见字符、非 UTF-8 字节或冒号", "an odd file name"),
    "E111": ("content/ 中没有公报", "no bulletin in content/"),
    "E112": ("链接的图片或附件不存在", "an image or attachment a bulletin links to does not exist"),
    "E113": ("图片或附件链接指向 content/ 以外", "an image or attachment link leads outside content/"),
    "E114": ("content/ 中的 SVG 不能安全发布（含脚本或链接）", "an SVG in content/ is not safe to publish"),
    "E115": (
        "链接的公报或页面（.md）不存在或不会发布",
        "a link to another bulletin or page (.md) leads to no published page",
    ),
    "E201": ("文件开头没有 front-matter", "no front-matter at the top of the file"),
    "E202": ("front-matter 没有结束", "front-matter is not closed"),
    "E203": ("front-matter 不是有效的 YAML", "front-matter is not valid YAML"),
    "E204": ("front-matter 不是“键: 值”字段", "front-matter is not a mapping"),
    "E205": ("缺少必填字段", "required field missing"),
    "E206": ("字段类型不对", "field has the wrong type"),
    "E207": ("日期无效", "invalid date"),
    "E208": ("期别无效", "invalid period"),
    "E209": ("slug 无效", "invalid slug"),
    "E210": ("不允许使用 YAML 标签", "YAML tag not allowed"),
    "E211": ("YAML 过于复杂（别名或嵌套）", "YAML too complex (aliases or nesting)"),
    "E212": ("两篇公报使用同一个 slug", "two bulletins share a slug"),
    "W213": ("未知的 front-matter 字段", "unknown front-matter key"),
    "E214": ("标签、地区或名称无效", "invalid tag, region or name"),
    "E215": ("front-matter 中用了全角标点", "full-width punctuation in front-matter"),
    "E216": ("front-matter 缩进有误（制表符或列表没对齐）", "bad indentation in front-matter (tab or list)"),
    "E217": ("页面地址已被网站自身使用", "a plain page's address is one the site uses itself"),
    "E301": ("指标数值无效", "invalid indicator value"),
    "E302": ("单位未知或不匹配", "unknown or mismatched unit"),
    "E303": ("front-matter 与正文不一致", "front-matter and prose disagree"),
    "W304": ("指标不在指标目录中", "indicator not in the catalogue"),
    "E305": ("front-matter 中同一指标声明了两次", "indicator declared twice in front-matter"),
    "E306": ("指标目录文件无效", "invalid indicator catalogue file"),
    "E307": ("指标目录中两个条目的名称或 slug 相同", "two catalogue entries share a slug or a name"),
    "I307": (
        "正文中读到的数据未发布：不能确定是本地区自己的统计数据",
        "a prose reading held back: not clearly the area's own statistic",
    ),
    "E308": ("指标名称疑似笔误", "indicator name looks like a typo"),
    "E309": ("同一数据前后不一致", "one figure stated differently in two places"),
    "W401": (
        "所写增速与上年数值推算的增速不同",
        "stated growth differs from the growth implied by last year's value",
    ),
    "I402": ("后一期公报修订了数据", "a later bulletin revises a figure"),
    "E501": ("网站配置无效", "invalid site configuration"),
    "W502": ("未知的配置项", "unknown configuration key"),
    "E601": ("不允许使用该输出文件夹", "output folder not allowed"),
    "E602": ("输出路径超出输出文件夹", "output path escapes the output folder"),
    "E603": ("同一输出路径写了两次", "output path written twice"),
    "E604": ("无法写入网站", "could not write the site"),
    "W605": ("未生成搜索索引（原因及 Pagefind 的安装方法）", "search index not built"),
    "I606": (
        "base_url 不是绝对网址：不生成订阅源、站点地图和规范链接",
        "base_url is not absolute: no feed, sitemap or canonical links",
    ),
    "E701": ("模板错误", "template error"),
    "E801": ("无法启动并行执行（缺少 Dask 扩展或连不上调度器）", "the executor cannot run"),
    "E802": ("生成任务失败（bulletin 的缺陷）", "a build task failed (a bug in bulletin)"),
}

# code -> [(English template, zh-CN template)]; {name} matches any text, the same name fills the other side.

# Why a prose reading is held back (extract/review.py), as an I307 note says it.
_HELD_WHY_ZH = (
    (
        "the name is a comparison with another area or period, not an indicator",
        "名称是与其他地区或时期的比较，不是指标",
    ),
    (
        "the name is a fragment of a sentence about the economy, not an indicator",
        "名称是描述经济形势的句子片段，不是指标",
    ),
    (
        "the name counts the kinds that moved (上涨的有5个), it is not an indicator",
        "名称是在数涨跌的类别（上涨的有5个），不是指标",
    ),
    (
        "the name is a generic or cut-off English phrase, not an indicator",
        "名称是泛泛或被截断的英文短语，不是指标",
    ),
    (
        "the name is a single character, not an indicator",
        "名称只有一个字，不是指标",
    ),
    (
        "the English name says nothing it measures, so it is not an indicator",
        "英文名称没有说明计量的是什么，不是指标",
    ),
    (
        "the name is an industry or a kind of place, not a measure of it",
        "名称是一个行业或一类地方，而不是对它的计量",
    ),
)

WORDS_ZH = {
    "a list": "列表",
    "a mapping": "字段组",
    "empty": "空值",
    "a number": "数字",
    "true/false": "true/false",
    "text": "文本",
    "a date": "日期",
    "tag": "标签",
    "region": "地区",
    "indicator name": "指标名称",
    "value": "数值",
    "yoy": "同比",
    "rank": "排名",
    "rank_of": "参与排名总数",
    "the site folder": "网站文件夹",
    "the home folder": "主目录",
    "image": "图片",
    "attachment": "附件",
    "output folder": "输出文件夹",
    "BULLETIN_CACHE_DIR": "缓存文件夹（BULLETIN_CACHE_DIR）",
}
WORDS_ZH.update(_HELD_WHY_ZH)
