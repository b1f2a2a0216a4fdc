"""Safe, bounded YAML loading with line numbers, for front-matter and site files.

Contract: ``load_yaml(text, path, first_line)`` returns the loaded value and a
map from key paths to file lines, or raises :class:`ContentError`. It never
constructs Python objects from tags, never expands alias bombs, and never
lets a PyYAML exception escape.

YAML 1.1 turns ``2023-08-19`` into a date and ``no`` into ``False``; editors
expect neither, so dates stay text (validated where they are used) and only
``true``/``false`` are booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bulletin.core.errors import ContentError, Location, error

__all__ = ["MAX_NODES", "KeyLines", "load_yaml"]

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_NODES = 20_000  # nodes after alias expansion; a bulletin's front-matter has ~100
MAX_DEPTH = 32

KeyLines = dict[tuple[str | int, ...], int]


class _Loader(_Base):
    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        # An integer of thousands of digits cannot even be converted (Python's 4,300-digit limit):
        # it stays text, and the field that wanted a number says so with its line.
        if len(str(node.value)) > _MAX_INT_DIGITS:
            return str(node.value)
        return super().construct_yaml_int(node)


_MAX_INT_DIGITS = 100
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _check_size(node: yaml.Node, path: str, first_line: int) -> None:
    """Walk the node graph as a consumer would, aliases expanded, within a budget."""
    budget = MAX_NODES
    stack: list[tuple[yaml.Node, int]] = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        budget -= 1
        if budget < 0 or depth > MAX_DEPTH:
            what = f"more than {MAX_NODES:,} values" if budget < 0 else f"nesting deeper than {MAX_DEPTH}"
            raise ContentError(
                [
                    error(
                        "E211",
                        f"YAML refused: it expands to {what} (aliases or nesting)",
                        Location(path, first_line + current.start_mark.line),
                        "front-matter is a short list of fields; remove the anchors (&) and aliases (*)",
                    )
                ]
            )
        if isinstance(current, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def _key_lines(node: yaml.Node, first_line: int) -> KeyLines:
    """Lines of every mapping key and sequence item, by path, two levels deep."""
    lines: KeyLines = {(): first_line + node.start_mark.line}

    def walk(current: yaml.Node, prefix: tuple[str | int, ...], depth: int) -> None:
        if depth > 3:
            return
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    path = (*prefix, key.value)
                    lines[path] = first_line + key.start_mark.line
                    walk(value, path, depth + 1)
        elif isinstance(current, yaml.SequenceNode):
            for i, item in enumerate(current.value):
                path = (*prefix, i)
                lines[path] = first_line + item.start_mark.line
                walk(item, path, depth + 1)

    walk(node, (), 0)
    return lines


def _check_duplicate_keys(node: yaml.Node, path: str, first_line: int) -> None:
    """PyYAML keeps the last of two equal keys silently; an editor wants to know."""
    stack = [node]
    seen_nodes: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            first_seen: dict[str, int] = {}
            for key, value in current.value:
                stack.append(value)
                if not isinstance(key, yaml.ScalarNode):
                    continue
                line = first_line + key.start_mark.line
                if key.value in first_seen:
                    raise ContentError(
                        [
                            error(
                                "E203",
                                f"key '{key.value}' appears twice (lines {first_seen[key.value]} and {line})",
                                Location(path, line, key.start_mark.column + 1),
                                "keep one of them; YAML would silently use the last",
                            )
                        ]
                    )
                first_seen[key.value] = line
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _yaml_error(exc: yaml.YAMLError, text: str, path: str, first_line: int, code: str) -> ContentError:
    if isinstance(exc, yaml.reader.ReaderError):  # a control character: it has an offset, not a mark
        line = first_line + text.count("\n", 0, exc.position)
        return ContentError(
            [
                error(
                    code,
                    f"invalid YAML: control character {exc.character!r} is not allowed",
                    Location(path, line),
                    "remove the control character (it may be an escape sequence pasted from a terminal)",
                )
            ]
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    context = getattr(exc, "context_mark", None)
    # An unclosed [ or " is noticed only at the end of the text: point at where it opened.
    at_end = mark is not None and getattr(mark, "index", 0) >= len(text.rstrip())
    # An unclosed flow collection ([a, {x: 1) is noticed on a later line: point at where it opened too.
    opened = str(getattr(exc, "context", "") or "")
    if context is not None and (
        at_end or "end of stream" in str(exc) or "flow" in opened or "quoted" in opened
    ):
        mark = context
    line = first_line + mark.line if mark is not None else first_line
    col = mark.column + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in str(problem):
        tag = str(problem).split("tag", 1)[-1].strip(" '!").replace("tag:yaml.org,2002:", "!")
        return ContentError(
            [
                error(
                    "E210",
                    f"YAML tag '!{tag}' is not allowed",
                    Location(path, line, col),
                    "write plain values; tags that build objects are refused for safety",
                )
            ]
        )
    hint = "check the indentation and quoting on this line; a value with ':' or '#' needs quotes"
    source_lines = text.splitlines()
    if mark is not None and mark.line < len(source_lines) and "\t" in source_lines[mark.line]:
        hint = "YAML does not allow tabs for indentation; use spaces"
    return ContentError([error(code, f"invalid YAML: {problem}", Location(path, line, col), hint)])


def load_yaml(text: str, path: str, first_line: int = 1, code: str = "E203") -> tuple[Any, KeyLines]:
    """Load one YAML document; ``first_line`` is the file line of the text's first line.

    ``code`` is the error code for a syntax error (E203 front-matter, E306 catalogue, E501 config).
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        _check_size(node, path, first_line)
        _check_duplicate_keys(node, path, first_line)
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, path, first_line, code) from None
    except RecursionError:
        raise ContentError(
            [
                error(
                    "E211",
                    "YAML refused: nested too deeply",
                    Location(path, first_line),
                    "flatten the structure",
                )
            ]
        ) from None
    finally:
        loader.dispose()
    return data, _key_lines(node, first_line)
