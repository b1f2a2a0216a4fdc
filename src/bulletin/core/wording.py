"""The messages of the catalogue (see messages.py): every diagnostic code's English templates, each
with its zh-CN twin. Data only; messages.py matches and fills them.
"""

from __future__ import annotations

from bulletin.core.filemessages import FILE_MESSAGES

__all__ = ["MESSAGES"]

MESSAGES: dict[str, list[tuple[str, str]]] = {
    **FILE_MESSAGES,
    "E217": [("the page address '{slug}/' is used by the site itself", "页面地址“{slug}/”已被网站自身使用")],
    "E201": [("no front-matter at the top of the file", "文件开头没有 front-matter")],
    "E202": [("front-matter is not closed", "front-matter 没有结束")],
    "E203": [
        ("key '{key}' appears twice (lines {a} and {b})", "字段“{key}”出现了两次（第 {a} 行和第 {b} 行）"),
        ("invalid YAML: {detail}", "YAML 格式错误：{detail}"),
    ],
    "E204": [
        (
            "front-matter must be fields (key: value), not {kind}",
            "front-matter 应是“键: 值”字段，而不是{kind}",
        )
    ],
    "E205": [
        ("required field '{key}' is missing", "缺少必填字段“{key}”"),
        ("required field '{key}' is empty", "必填字段“{key}”是空的"),
        ("indicator {n} has no name", "第 {n} 个指标没有名称"),
    ],
    "E206": [
        ("'{key}' must be text, not {kind}", "“{key}”应是文本，而不是{kind}"),
        ("'tags' must be a list, not {kind}", "“tags”应是列表，而不是{kind}"),
        ("indicator {n} must be a mapping, not {kind}", "第 {n} 个指标应是“键: 值”字段，而不是{kind}"),
        ("'{key}' must be true or false, not {value}", "“{key}”应是 true 或 false，而不是 {value}"),
        ("'weight' must be a whole number, not {value}", "“weight”应是整数，而不是 {value}"),
        ("'indicators' must be a list, not {kind}", "“indicators”应是列表，而不是{kind}"),
        ("'ignore' must be a list of indicator names", "“ignore”应是指标名称的列表"),
        ("invalid language '{lang}'", "不支持的语言“{lang}”"),
    ],
    "E207": [
        ("date '{raw}' is not YYYY-MM-DD", "日期“{raw}”不是 YYYY-MM-DD 格式"),
        ("date '{raw}' does not exist ({why})", "日期“{raw}”不存在（{why}）"),
    ],
    "E208": [
        ("period must be a code like 2023-H1, not {kind}", "期别应是 2023-H1 这样的代码，而不是{kind}"),
        ("invalid period '{value}': {why}", "期别“{value}”无效：{why}"),
    ],
    "E209": [("invalid slug '{slug}'", "slug“{slug}”无效")],
    "E210": [("YAML tag '!{tag}' is not allowed", "不允许使用 YAML 标签“!{tag}”")],
    "E211": [
        (
            "YAML refused: it expands to {what} (aliases or nesting)",
            "YAML 被拒绝：展开后有 {what}（别名或嵌套）",
        ),
        ("YAML refused: nested too deeply", "YAML 被拒绝：嵌套太深"),
    ],
    "E212": [("slug '{slug}' is already used by {path}", "slug“{slug}”已被 {path} 使用")],
    "W213": [
        ("unknown front-matter key '{key}'", "未知的 front-matter 字段“{key}”"),
        ("unknown indicator key '{key}'", "未知的指标字段“{key}”"),
    ],
    "E214": [
        ("{what} must be text, not {kind}", "{what}应是文本，而不是{kind}"),
        ("invalid {what} '{name}'", "{what}“{name}”无效"),
    ],
    "E215": [
        ("full-width colon '：' after '{key}'", "“{key}”后面用了全角冒号“：”"),
        ("full-width comma '，' in a front-matter entry", "front-matter 条目中用了全角逗号“，”"),
    ],
    "E216": [
        ("tab used for indentation", "用制表符（Tab）缩进"),
        (
            "list item indented by {got} spaces, the list above by {want}",
            "列表项缩进 {got} 个空格，上面的列表项是 {want} 个",
        ),
    ],
    "E301": [
        ("{what} must be a number, not {kind}", "{what}应是数字，而不是{kind}"),
        (
            "{what} '{value}' is not a finite number up to {limit} (limit MAX_NUMBER)",
            "{what}“{value}”不是不超过 {limit} 的有限数字（上限 MAX_NUMBER）",
        ),
        ("{what} '{value}' is not a number", "{what}“{value}”不是数字"),
        (
            "{what} must be a whole number of 1 or more, not {value}",
            "{what}应是不小于 1 的整数，而不是 {value}",
        ),
        ("rank {rank} is larger than rank_of {of}", "排名 {rank} 大于参与排名总数 {of}"),
        ("indicator '{name}' has no value, yoy or rank", "指标“{name}”没有数值、同比或排名"),
    ],
    "E302": [
        ("indicator '{name}' has a value but no unit", "指标“{name}”有数值但没有单位"),
        ("unknown unit '{unit}' for '{name}': {why}", "“{name}”的单位“{unit}”未知：{why}"),
        ("unknown unit {unit}", "未知的单位 {unit}"),
    ],
    "E303": [
        (
            "'{name}' ({period}): front-matter line {a} says {said} but the text on line {b} says {written} "
            "({why})",
            "“{name}”（{period}）：front-matter 第 {a} 行是 {said}，正文第 {b} 行却是 {written}（{why}）",
        )
    ],
    "W304": [("indicator '{name}' is not in the catalogue", "指标“{name}”不在指标目录中")],
    "E305": [("indicator '{name}' is declared twice for {period}", "指标“{name}”在 {period} 声明了两次")],
    "E306": [
        ("the catalogue must have an 'indicators' list", "指标目录必须有“indicators”列表"),
        ("'categories' must map a key to {zh, en, order}", "“categories”应把每个键对应到 {zh, en, order}"),
        (
            "category '{key}' must be {zh, en, order} with a whole-number order",
            "分类“{key}”应是 {zh, en, order}，order 为整数",
        ),
        ("each catalogue entry must be a mapping with a name", "指标目录的每一项都应是带 name 的字段"),
        ("unknown catalogue field '{key}'", "未知的指标目录字段“{key}”"),
        ("aliases of '{name}' must be a list of names", "“{name}”的 aliases 应是名称列表"),
        ("'{key}' of '{name}' must be text", "“{name}”的“{key}”应是文本"),
        ("'{key}' of '{name}' must be true or false", "“{name}”的“{key}”应是 true 或 false"),
        ("'order' of '{name}' must be a whole number", "“{name}”的“order”应是整数"),
        (
            "growth_basis of '{name}' must be comparable or nominal",
            "“{name}”的 growth_basis 应是 comparable 或 nominal",
        ),
        ("invalid slug '{slug}'", "slug“{slug}”无效"),
        (
            "names and aliases must be 1 to {limit} visible characters (limit MAX_NAME_CHARS), "
            "without control, bidi or invisible characters: {name}",
            "名称和别名应为 1 到 {limit} 个可见字符（上限 MAX_NAME_CHARS），"
            "不含控制字符、双向或不可见字符：{name}",
        ),
    ],
    "E307": [
        (
            "'{name}' is declared twice in this catalogue (first on line {line})",
            "“{name}”在指标目录中声明了两次（第一次在第 {line} 行）",
        ),
        (
            "slug '{slug}' of '{name}' is already used by '{other}'",
            "“{name}”的 slug“{slug}”已被“{other}”使用",
        ),
    ],
    "I307": [
        (
            "not published: '{name}' ({period}) read as {what}: it disagrees with line {line} ({said}), "
            "and one of the two names is elliptical",
            "未发布：“{name}”（{period}）读作 {what}：与第 {line} 行（{said}）不一致，"
            "且两处名称中有一处是简称",
        ),
        (
            "not published: '{name}' ({period}) read as {what}: {why}",
            "未发布：“{name}”（{period}）读作 {what}：{why}",
        ),
    ],
    "E309": [
        (
            "'{name}' ({period}): line {a} says {said} but the title (line {b}) says {written}",
            "“{name}”（{period}）：第 {a} 行是 {said}，标题（第 {b} 行）却是 {written}",
        ),
        (
            "'{name}' ({period}): line {a} says {said} but the summary (line {b}) says {written}",
            "“{name}”（{period}）：第 {a} 行是 {said}，摘要（第 {b} 行）却是 {written}",
        ),
        (
            "'{name}' ({period}): line {a} says {said} but the {where} (line {b}) says {written}",
            "“{name}”（{period}）：第 {a} 行是 {said}，{where}（第 {b} 行）却是 {written}",
        ),
        (
            "'{name}' ({period}): line {a} says {said} but line {b} says {written}",
            "“{name}”（{period}）：第 {a} 行是 {said}，第 {b} 行却是 {written}",
        ),
    ],
    "E308": [
        (
            "indicator '{name}' is not in the catalogue but is close to '{close}'",
            "指标“{name}”不在指标目录中，但与“{close}”非常接近",
        )
    ],
    "W401": [
        (
            "'{name}' {period}: stated growth {stated}% but the values imply {implied}% "
            "against {prev} in {path}",
            "“{name}”{period}：所写增速为 {stated}%，但按 {path} 中 {prev} 的数值推算为 {implied}%",
        )
    ],
    "I402": [
        (
            "'{name}' {period} ({region}): {old} in {a} is revised to {new} in {b}",
            "“{name}”{period}（{region}）：{a} 中的 {old} 在 {b} 中修订为 {new}",
        )
    ],
    "E501": [
        ("bulletin.yaml must hold key: value fields", "bulletin.yaml 应由“键: 值”字段组成"),
        ("unsupported language '{lang}'", "不支持的语言“{lang}”"),
        ("'{key}' must be true or false", "“{key}”应是 true 或 false"),
        ("invalid base_url '{url}'", "base_url“{url}”无效"),
        ("'{key}' must be text", "“{key}”应是文本"),
        ("'{key}' must be text or {zh-CN: …, en: …}", "“{key}”应是文本或 {zh-CN: …, en: …}"),
        ("'menu' must be a list of {title, url}", "“menu”应是 {title, url} 的列表"),
        ("menu entry {n} needs a title and a url", "第 {n} 个菜单项需要 title 和 url"),
        ("'logo' must be the path of an image in static/", "“logo”应是 static/ 中一个图片的路径"),
        ("'logo': there is no file static/{path}", "“logo”：没有 static/{path} 这个文件"),
        ("'footer' must be text or {zh-CN: …, en: …}", "“footer”应是文本或 {zh-CN: …, en: …}"),
        ("invalid YAML: {detail}", "YAML 格式错误：{detail}"),
        ("cannot read bulletin.yaml", "无法读取 bulletin.yaml"),
        ("unknown executor '{kind}'", "未知的执行器“{kind}”"),
        ("'scheduler' must be an address", "“scheduler”应是一个地址"),
        ("the dask executor needs a scheduler address", "dask 执行器需要调度器地址"),
        ("'scheduler_timeout' must be a number of seconds", "“scheduler_timeout”应是秒数"),
        ("'cache_dir' must be a folder", "“cache_dir”应是文件夹"),
        ("'per_page' must be a whole number from 5 to 10000", "“per_page”应是 5 到 10000 之间的整数"),
        ("'{key}': unknown language '{lang}'", "“{key}”：未知的语言“{lang}”"),
        ("'{key}': the {lang} text must be non-empty text", "“{key}”：{lang} 的文本不能为空"),
        (
            "'translations': must hold 'regions' and/or 'tags', each a map of Chinese name: English name",
            "“translations”：应包含“regions”和/或“tags”，每项都是“中文名称: 英文名称”",
        ),
        (
            "'translations': each of 'regions' and 'tags' must be a map of Chinese name: English name",
            "“translations”：“regions”和“tags”都应是“中文名称: 英文名称”",
        ),
        (
            "'translations': the English name of '{name}' must be text",
            "“translations”：“{name}”的英文名称应是文本",
        ),
        ("'{key}': {problem}", "“{key}”：{problem}"),
    ],
    "W502": [("unknown configuration key '{key}'", "未知的配置项“{key}”")],
    "E601": [
        ("refusing to build into {out}: it is {what} or holds it", "拒绝输出到 {out}：它是{what}或包含它"),
        ("refusing to build into {out}: it is inside {what}", "拒绝输出到 {out}：它在 {what} 里面"),
        ("refusing to build into {out}: it is a file", "拒绝输出到 {out}：它是一个文件"),
        ("the {name} is a link loop", "{name}是循环链接"),
        (
            "refusing to replace {out}: it is not empty and was not built by bulletin",
            "拒绝替换 {out}：它不是空的，也不是 bulletin 生成的",
        ),
    ],
    "E602": [
        ("output path {path} escapes the output folder", "输出路径 {path} 超出了输出文件夹"),
        ("output path {path} {why}", "输出路径 {path} 无效：{why}"),
    ],
    "E603": [("output path {path} is written twice", "输出路径 {path} 写了两次")],
    "E604": [("could not write the site: {why}", "无法写入网站：{why}")],
    "W605": [
        ("search index not built: Pagefind is not installed", "未生成搜索索引：没有安装 Pagefind"),
        ("search index not built: Pagefind wrote no files", "未生成搜索索引：Pagefind 没有写出任何文件"),
        ("search index not built: {why}", "未生成搜索索引：{why}"),
    ],
    "I606": [
        (
            "base_url '{url}' is not an absolute URL: no feed, sitemap, canonical or Open Graph links are "
            "written (the site itself works with root-relative links)",
            "base_url“{url}”不是绝对网址：不生成订阅源、站点地图、规范链接和 Open Graph 链接"
            "（网站本身用根相对链接，仍可正常使用）",
        )
    ],
    "E701": [
        ("template error: {why}", "模板错误：{why}"),
        ("template {name} failed: {why}", "模板 {name} 出错：{why}"),
    ],
    "E802": [("bulletin failed on this file: {why}", "bulletin 处理这个文件时出错：{why}")],
}
