"""The message catalogue's entries for files, folders and links (E1xx); see messages.py.

Kept apart only so that no module of the catalogue grows past the size the layer test allows.
"""

from __future__ import annotations

__all__ = ["FILE_MESSAGES"]

FILE_MESSAGES: dict[str, list[tuple[str, str]]] = {
    "E101": [
        ("file is {enc} text, not UTF-8", "文件是 {enc} 编码，不是 UTF-8"),
        ("file is not valid UTF-8 text", "文件不是有效的 UTF-8 文本"),
        ("cannot read file: {why}", "无法读取文件：{why}"),
        ("template is not valid UTF-8 text", "模板不是有效的 UTF-8 文本"),
    ],
    "E102": [
        ("file is binary, not text", "文件是二进制文件，不是文本"),
        ("file is a link to outside the site", "文件是指向网站以外的链接"),
        ("'{path}' is a link to nothing", "“{path}”是指向不存在目标的链接"),
        ("'{path}' is a link loop", "“{path}”是循环链接"),
        ("'{path}' is a link to outside the site", "“{path}”是指向网站以外的链接"),
        (
            "'{path}' leads to a folder already read (a link loop or a second link to it)",
            "“{path}”指向一个已经读过的文件夹（循环链接，或指向它的第二个链接）",
        ),
    ],
    "E103": [
        (
            "file is {size} MB, over the {limit} MB limit for one bulletin",
            "文件有 {size} MB，超过单篇公报 {limit} MB 的上限",
        ),
        ("template is larger than 2 MB", "模板大于 2 MB"),
    ],
    "E104": [("file is empty", "文件是空的")],
    "E105": [
        ("line is {n} characters long, over the {limit} limit", "这一行有 {n} 个字符，超过 {limit} 的上限")
    ],
    "E106": [("there is no content/ folder in {root}", "{root} 中没有 content/ 文件夹")],
    "E107": [
        (
            "'{path}' is not a regular file (a pipe, socket or device)",
            "“{path}”不是普通文件（而是命名管道、套接字或设备）",
        )
    ],
    "E108": [
        ("cannot read '{path}': {why}", "无法读取“{path}”：{why}"),
        ("'{path}' is not a folder", "“{path}”不是文件夹"),
    ],
    "E109": [
        (
            "{n} tags, over the limit of {limit} per bulletin (limit MAX_TAGS)",
            "有 {n} 个标签，超过每篇公报 {limit} 个的上限（MAX_TAGS）",
        ),
        (
            "{n} '[' and '<' characters, over the limit of {limit} per bulletin (limit MAX_MARKUP_OPENERS)",
            "有 {n} 个“[”和“<”字符，超过每篇公报 {limit} 个的上限（MAX_MARKUP_OPENERS）",
        ),
        (
            "paragraph is over the limit of {limit} characters (limit MAX_PARAGRAPH_CHARS)",
            "段落超过 {limit} 个字符的上限（MAX_PARAGRAPH_CHARS）",
        ),
        (
            "'{path}' holds more than {limit} files (limit MAX_FILES)",
            "“{path}”中的文件超过 {limit} 个的上限（MAX_FILES）",
        ),
        (
            "'{path}' is nested more than {limit} folders deep (limit MAX_DEPTH)",
            "“{path}”的文件夹嵌套超过 {limit} 层的上限（MAX_DEPTH）",
        ),
    ],
    "E110": [
        (
            "'{path}': the name holds control, invisible or bidi characters, or bytes that are not UTF-8",
            "“{path}”：名称含控制字符、不可见或双向字符，或非 UTF-8 字节",
        ),
        (
            "'{path}' cannot be published under this name "
            "(':', '\\\\', control, bidi or invisible characters)",
            "“{path}”不能以这个名称发布（含“:”“\\\\”、控制字符、双向或不可见字符）",
        ),
    ],
    "E111": [("there is no bulletin in content/", "content/ 中没有公报")],
    "E112": [("'{path}' does not exist", "“{path}”不存在")],
    "E113": [("'{path}' is outside content/", "“{path}”在 content/ 以外")],
    "E114": [("'{path}' is an SVG that is not safe to publish", "“{path}”是不能安全发布的 SVG")],
    "E115": [
        ("'{path}' is outside content/", "“{path}”在 content/ 以外"),
        (
            "'{path}' is not published (a draft, or a file with errors)",
            "“{path}”不会发布（是草稿，或文件有错误）",
        ),
        ("there is no bulletin or page '{path}'", "没有“{path}”这篇公报或页面"),
    ],
}
