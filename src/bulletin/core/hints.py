"""The hints of the message catalogue (see messages.py), in English and zh-CN.

Hints do not depend on the code: the same advice ("did you mean …?") serves several.
"""

from __future__ import annotations

__all__ = ["HINTS"]

# Hints do not depend on the code; (English template, zh-CN template).
HINTS: list[tuple[str, str]] = [
    (
        "give one of them a different slug: in its front-matter or by renaming the file",
        "给其中一篇换一个 slug：在 front-matter 中写 slug，或重命名文件",
    ),
    (
        "write categories: {trade: {zh: 外贸外资, en: Trade, order: 6}}",
        "这样写：categories: {trade: {zh: 外贸外资, en: Trade, order: 6}}",
    ),
    ("did you mean '{name}'?", "您是不是想写“{name}”？"),
    (
        "start the cluster (dask scheduler, dask worker) or build locally without --executor dask",
        "先启动集群（dask scheduler、dask worker），或不加 --executor dask 在本机构建",
    ),
    ("known keys: {keys}", "可用的字段：{keys}"),
    ("known fields: {keys}", "可用的字段：{keys}"),
    ("use zh-CN or en", "请写 zh-CN 或 en"),
    ("write title: ..., base_url: ..., one per line", "每行写一个字段，如 title: ...、base_url: ..."),
    (
        "use a path like /reports/ or a URL like https://example.org/reports/",
        "写成 /reports/ 这样的路径，或 https://example.org/reports/ 这样的网址",
    ),
    ("use a short name without / \\ or control characters", "用简短的名称，不要包含 / \\ 或控制字符"),
    ("write tags: [经济运行, 半年报]", "这样写：tags: [经济运行, 半年报]（用半角逗号）"),
    (
        "write - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
        "这样写：- {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
    ),
    ("add name: 地区生产总值", "加上 name: 地区生产总值"),
    ("give at least one of them", "至少写其中一项"),
    ("add a line like 'period: 2023-H1'", "加一行，如“period: 2023-H1”"),
    (
        "add 'region: ...' or set default_region in bulletin.yaml",
        "加上“region: ...”，或在 bulletin.yaml 中设置 default_region",
    ),
    ("write it as one line of text", "写成一行文字"),
    ("give '{key}' a value", "给“{key}”填上内容"),
    ("write the date like 2023-08-19", "日期写成 2023-08-19 这样"),
    ("check the month and day", "检查月份和日期"),
    ("write digits only, e.g. 682.3", "只写数字，如 682.3"),
    (
        "use lowercase ASCII letters, digits and hyphens, e.g. {slug}",
        "只用小写英文字母、数字和连字符，如 {slug}",
    ),
    ("use lowercase ASCII letters, digits and hyphens", "只用小写英文字母、数字和连字符"),
    (
        "add a line with --- after the last field (title, date, period, ...)",
        "在最后一个字段（title、date、period 等）之后加一行 ---",
    ),
    (
        "start the file with a line ---, the fields (title:, date:, period:), then another ---",
        "文件第一行写 ---，接着写字段（title:、date:、period:），再写一行 ---",
    ),
    (
        "the opening --- must be on the first line: remove the blank lines above it",
        "开头的 --- 必须在第一行：删除它上面的空行",
    ),
    (
        "the fields are there but the opening --- line is missing: add --- as the first line",
        "字段都在，但缺少开头的 --- 行：在第一行加上 ---",
    ),
    ("add a line '{key}: ...'", "加一行“{key}: ...”"),
    (
        "write title: ..., date: ..., period: ... one per line",
        "每行写一个字段：title: ...、date: ...、period: ...",
    ),
    (
        "split it into several bulletins, or move tables of data to a CSV download",
        "拆成几篇公报，或把数据表格改为 CSV 下载",
    ),
    ("bulletins are Markdown text files (.md)", "公报是 Markdown 文本文件（.md）"),
    (
        "start with front-matter: ---, title:, date:, period:, ---",
        "先写 front-matter：---、title:、date:、period:、---",
    ),
    ("copy the file in instead", "请把文件复制进来"),
    ("save the file as UTF-8", "把文件另存为 UTF-8 编码"),
    ("break the paragraph into shorter lines or paragraphs", "把这一段拆成较短的行或几个段落"),
    ("check its permissions", "检查文件权限"),
    (
        "write plain values; tags that build objects are refused for safety",
        "只写普通的值；为安全起见，不接受构造对象的标签",
    ),
    (
        "front-matter is a short list of fields; remove the anchors (&) and aliases (*)",
        "front-matter 只是几行字段：删除锚点（&）和别名（*）",
    ),
    ("flatten the structure", "减少嵌套层次"),
    ("keep one of them; YAML would silently use the last", "只保留一个；否则 YAML 会悄悄使用最后一个"),
    ("check the growth rate and both values for a typo", "检查增速和两个数值是否有笔误"),
    (
        "the later bulletin's figure is used in charts; both are shown on the indicator page",
        "图表使用后一期公报的数据；指标页同时显示两者",
    ),
    (
        "add it to content/indicators.yaml to give it an English name and a category",
        "把它加到 content/indicators.yaml，给它英文名称和分类",
    ),
    ("add unit: 亿元 (or 万元, %, 万人, 家 ...)", "加上 unit: 亿元（或 万元、%、万人、家 ……）"),
    ("the first is on line {line}; keep one", "第一次在第 {line} 行；只保留一个"),
    (
        "the same figure must be stated the same way everywhere: correct line {a} or line {b}",
        "同一数据在各处应写得一样：改正第 {a} 行或第 {b} 行",
    ),
    (
        "correct the wrong one: the front-matter entry on line {a} or the sentence on line {b}",
        "改正错误的一处：第 {a} 行的 front-matter 条目，或第 {b} 行的句子",
    ),
    (
        "a slug, tag or name produced an unsafe path; rename it",
        "某个 slug、标签或名称生成了不安全的路径：请改名",
    ),
    (
        "two slugs, tags or names map to the same page; rename one of them",
        "两个 slug、标签或名称对应同一个页面：请改掉其中一个",
    ),
    ("check free disk space and permissions", "检查磁盘空间和权限"),
    ("fix the template syntax on this line", "修改这一行的模板语法"),
    ("a template used a value that does not exist; check its spelling", "模板用了一个不存在的值：检查拼写"),
    ("choose a separate output folder, e.g. -o site", "另选一个输出文件夹，如 -o site"),
    ("choose a folder outside it", "选择它外面的文件夹"),
    ("choose a folder", "请选择一个文件夹"),
    (
        "this is a bug in bulletin, not in your content; please report it with this file "
        "and the output of the same command run with --debug",
        "这是 bulletin 的缺陷，不是内容的问题；请附上这个文件和加 --debug 重新运行的输出报告给我们",
    ),
    (
        "choose a new or empty folder; bulletin replaces its output folder as a whole",
        "选择新的或空的文件夹；bulletin 会整体替换输出文件夹",
    ),
    (
        "check the indentation and quoting on this line; a value with ':' or '#' needs quotes",
        "检查这一行的缩进和引号；含“:”或“#”的值要加引号",
    ),
    ("YAML does not allow tabs for indentation; use spaces", "YAML 不允许用制表符缩进：请用空格"),
    ("write - name: 地区生产总值", "这样写：- name: 地区生产总值"),
    ("type a half-width colon and a space instead: {key}: ...", "改为半角冒号加空格：{key}: ..."),
    ("type a half-width comma ', ' instead of '，'", "把“，”改为半角逗号加空格“, ”"),
    ("indent with spaces instead of the tab", "把制表符改为空格"),
    (
        "indent every item of the list by {want} spaces, like the first",
        "列表的每一项都缩进 {want} 个空格，与第一项对齐",
    ),
    (
        "create content/ and put the bulletins in it, or run: bulletin init {root}",
        "创建 content/ 文件夹并把公报放进去，或运行：bulletin init {root}",
    ),
    (
        "add a bulletin, e.g. with: bulletin new 上半年经济运行情况 --period 2023-H1",
        "添加一篇公报，例如运行：bulletin new 上半年经济运行情况 --period 2023-H1",
    ),
    (
        "did you mean '{name}'? If '{written}' is a new indicator, declare it in content/indicators.yaml",
        "您是不是想写“{name}”？如果“{written}”是新指标，请在 content/indicators.yaml 中声明",
    ),
    (
        "write title: {zh-CN: 中文标题, en: English title}",
        "这样写：title: {zh-CN: 中文标题, en: English title}",
    ),
    ("write menu: [{title: 关于本站, url: about/}]", "这样写：menu: [{title: 关于本站, url: about/}]"),
    ("put the image in static/ and write logo: logo.svg", "把图片放进 static/，然后写 logo: logo.svg"),
    (
        "write footer: 本站数据来自区统计局 or footer: {zh-CN: …, en: …}",
        "这样写：footer: 本站数据来自区统计局，或 footer: {zh-CN: …, en: …}",
    ),
    (
        "only files inside content/ are published: copy the file beside the bulletin "
        "and link to it by its name",
        "只发布 content/ 中的文件：把文件复制到公报旁边，并用文件名链接它",
    ),
    (
        "check the file name (and its case), or put the file beside the bulletin",
        "检查文件名（包括大小写），或把文件放到公报旁边",
    ),
    (
        "export the drawing again as plain SVG (no scripts or external links), or as PNG",
        "重新导出为普通 SVG（不含脚本和外部链接），或导出为 PNG",
    ),
    (
        "link to a bulletin or page inside content/, e.g. ../2023/2023-h1.md",
        "只能链接 content/ 中的公报或页面，如 ../2023/2023-h1.md",
    ),
    (
        "publish it first (remove draft: true), or remove the link",
        "先发布它（删去 draft: true），或删去这个链接",
    ),
    (
        "check the file name (and its case) and the folder: the link is read from this file's folder",
        "检查文件名（包括大小写）和文件夹：链接从本文件所在的文件夹算起",
    ),
    ("give the page another slug: slug: about-us", "给这个页面换一个 slug：slug: about-us"),
    (
        "write title: 关于本站 (and optionally slug:, lang:, summary:)",
        "这样写：title: 关于本站（可选 slug:、lang:、summary:）",
    ),
    ("add a line 'title: ...'", "加一行“title: ...”"),
    (
        "use lowercase ASCII letters, digits and hyphens, e.g. {slug}",
        "用小写英文字母、数字和连字符，例如 {slug}",
    ),
    ("merge the two entries into one", "把这两个条目合并为一个"),
    ("give this entry another slug: slug: my-indicator", "给这个条目换一个 slug：slug: my-indicator"),
    ("use local or dask", "请写 local 或 dask"),
    ("tcp://HOST:8786", "写成 tcp://HOST:8786 这样的地址"),
    (
        "add scheduler: tcp://HOST:8786 to bulletin.yaml, or pass --scheduler",
        "在 bulletin.yaml 中加上 scheduler: tcp://HOST:8786，或使用 --scheduler 参数",
    ),
    ("write zh-CN: … and en: …", "这样写：zh-CN: … 和 en: …"),
    (
        "write regions: {滨河经开区: Binhe EDZ} and tags: {经济运行: Economy}",
        "这样写：regions: {滨河经开区: Binhe EDZ} 和 tags: {经济运行: Economy}",
    ),
    ("choose a real folder", "请选择一个真实的文件夹，不要用循环链接"),
    (
        "the archive and each indicator's table show this many items a page, e.g. per_page: 100",
        "归档页和每个指标的数据表每页显示这么多条，例如 per_page: 100",
    ),
    ("put quotes around it", "给它加上引号"),
    (
        "use a short name without / \\, control, bidi or invisible characters",
        "用简短的名称，不要包含 / \\、控制字符、双向或不可见字符",
    ),
    ("keep the few tags readers browse by", "只保留读者浏览时会用到的几个标签"),
    ("write ignore: [比全省]", "这样写：ignore: [比全省]"),
    (
        "write it as one line of text; put quotes around a number: '2023'",
        "写成一行文字；数字要加引号：'2023'",
    ),
    (
        "write the figure in digits, e.g. 682.3; .inf and .nan are not figures",
        "用数字写数值，如 682.3；.inf 和 .nan 不是数值",
    ),
    (
        "this looks like pasted data or markup, not a bulletin: remove it",
        "这看起来是粘贴进来的数据或标记，不是公报正文：请删除",
    ),
    ("break it into shorter paragraphs with blank lines", "用空行把它拆成较短的段落"),
    (
        "check that it exists and that its permissions let the build read it",
        "检查它是否存在，以及权限是否允许生成网站时读取",
    ),
    ("remove it: only ordinary files are read", "请删除它：只读取普通文件"),
    (
        "copy the file or folder into the site instead of linking to it",
        "把文件或文件夹复制到网站中，不要用链接指向它",
    ),
    ("remove the link", "删除这个链接"),
    ("remove the link or the loop", "删除这个链接，或解开循环"),
    ("make it a folder", "把它改成文件夹"),
    ("split the site, or remove files that are not part of it", "拆分网站，或删除不属于网站的文件"),
    ("flatten the folders", "减少文件夹的嵌套层级"),
    ("rename it with ordinary characters", "改用普通字符重新命名"),
    (
        "if it is the area's own figure, declare it in front-matter: - {name: …, period: {period}}",
        "如果这是本地区自己的数据，请在 front-matter 中声明：- {name: …, period: {period}}",
    ),
    ("rename the file with letters, digits, '-', '_' and '.'", "只用字母、数字、“-”“_”和“.”重新命名文件"),
    (
        "install it with: pip install 'pagefind[extended]' (it ships the Pagefind binary for this platform)",
        "用 pip install 'pagefind[extended]' 安装（它自带适用于本平台的 Pagefind 程序）",
    ),
    (
        "set base_url in bulletin.yaml to the site's address, e.g. https://example.org/reports/",
        "在 bulletin.yaml 中把 base_url 设为网站地址，如 https://example.org/reports/",
    ),
    ("make it smaller", "把它改小一些"),
    ("save it as UTF-8", "把它另存为 UTF-8 编码"),
    ("remove the empty, over-long or odd name", "删除空的、过长的或含异常字符的名称"),
]
