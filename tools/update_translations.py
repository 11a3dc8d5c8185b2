"""Collect every translatable German text in app/, write resources/i18n/werkstatt_{de,en}.ts and compile the .qm.

Run it after adding or changing user-visible text::

    python tools/update_translations.py            # extract, fill, write .ts, compile .qm
    python tools/update_translations.py --check    # exit 1 and list what lacks an English translation
    python tools/update_translations.py --missing  # print the missing ones as lines for en_strings.py

``pyside6-lupdate`` does the extraction. Its Python parser does not understand three conventions the code uses, so
each source file is first copied to a temporary tree and normalised (same text otherwise):

* a module-level helper ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` – its calls become
  ``QCoreApplication.translate("Ctx", …)`` so the strings land in the context the helper uses at run time;
* a module constant used as context (``_CTX = "Ctx"`` … ``QT_TRANSLATE_NOOP(_CTX, …)``) – replaced by the literal;
* a local alias ``tr = QCoreApplication.translate`` – its calls are spelled out.

Messages of refusals (``OperationRefused("…")``, ``…Error("…")`` with a German literal, ``MSG_… = "…"``) are
collected into the context ``Meldungen``; ``app.operations.messages.translate_message`` looks them up when a
refusal is raised. The English texts live in ``resources/i18n/en_strings.py`` (German source → English); German
"translations" are the sources themselves (plural forms from ``DE_NUMERUS``), so both catalogues are complete.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "app"
I18N_DIR = ROOT / "resources" / "i18n"
STRINGS_FILE = I18N_DIR / "en_strings.py"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}
MESSAGE_CONTEXT = "Meldungen"
TRANSLATE = "QCoreApplication.translate"
_REFUSAL_CALLS = re.compile(r"(Refused|Error)$")
_MSG_CONSTANT = re.compile(r"^MSG_[A-Z0-9_]+$")


def qt_tool(name: str) -> str:
    """The pyside6 tool next to the running interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; run with the project's virtualenv python")
    return found


# ---------------------------------------------------------------- normalising the sources for lupdate
def _string_value(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "translate" and (
        isinstance(node.value, ast.Name) and node.value.id in {"QCoreApplication", "QApplication"})


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """``def _tr(text): return QCoreApplication.translate("Ctx", text)`` → ``"Ctx"``."""
    body = [b for b in func.body if not (isinstance(b, ast.Expr) and _string_value(b.value) is not None)]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if not _is_translate(call.func) or len(call.args) < 2:
        return None
    return _string_value(call.args[0])


def _annotation_class(annotation: ast.AST | None) -> str:
    """``page: CanvasPage`` or ``page: "CanvasPage"`` → ``"CanvasPage"``; anything else → ``""``."""
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str) and annotation.value.isidentifier():
        return annotation.value
    return ""


def _self_attribute(node: ast.AST) -> str:
    """``self.page`` → ``"page"``."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return node.attr
    return ""


def _attribute_types(tree: ast.Module) -> dict[str, str]:
    """``self.page = page`` in a method whose ``page`` is annotated ``CanvasPage`` → ``{"page": "CanvasPage"}``."""
    found: dict[str, str] = {}
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        params = {a.arg: _annotation_class(a.annotation) for a in func.args.args + func.args.kwonlyargs}
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and _self_attribute(node.targets[0]) \
                    and isinstance(node.value, ast.Name) and params.get(node.value.id):
                found[_self_attribute(node.targets[0])] = params[node.value.id]
    return found


@dataclass
class _Edits:
    """Replacements by (line, byte column) span; applied from the end so offsets stay valid."""

    lines: list[bytes]
    spans: list[tuple[int, int, int, int, str]] = field(default_factory=list)

    def replace(self, node: ast.AST, text: str) -> None:
        self.spans.append((node.lineno, node.col_offset, node.end_lineno or node.lineno,
                           node.end_col_offset or node.col_offset, text))

    def apply(self) -> str:
        lines = list(self.lines)
        for line, col, end_line, end_col, text in sorted(self.spans, reverse=True):
            head = lines[line - 1][:col]
            tail = lines[end_line - 1][end_col:]
            lines[line - 1:end_line] = [head + text.encode() + tail]
        return b"".join(lines).decode()


def normalise_source(text: str) -> tuple[str, list[str]]:
    """The file's text with the project's translation helpers spelled out, and its collected refusal messages."""
    tree = ast.parse(text)
    wrappers: dict[str, str] = {}
    context_constants: dict[str, str] = {}
    aliases: set[str] = set()
    messages: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            ctx = _wrapper_context(node)
            if ctx is not None:
                wrappers[node.name] = ctx
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _string_value(node.value)
            name = node.targets[0].id
            if value is not None and _MSG_CONSTANT.match(name):
                messages.append(value)
            elif value is not None:
                context_constants[name] = value
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    edits = _Edits(text.encode().splitlines(keepends=True))
    # ``page.tr("…")`` with ``page: CanvasPage`` (or ``page = self.page`` set from such a parameter): the context
    # is the annotated class, not the variable's name lupdate would take
    attribute_types = _attribute_types(tree)
    for func_node in ast.walk(tree):
        if not isinstance(func_node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        known = {a.arg: _annotation_class(a.annotation) for a in func_node.args.args + func_node.args.kwonlyargs}
        for node in ast.walk(func_node):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and _self_attribute(node.value) in attribute_types:
                known[node.targets[0].id] = attribute_types[_self_attribute(node.value)]
        for node in ast.walk(func_node):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"):
                continue
            receiver = node.func.value
            cls = known.get(receiver.id, "") if isinstance(receiver, ast.Name) and receiver.id != "self" else \
                attribute_types.get(_self_attribute(receiver), "")
            if cls:
                func = node.func
                edits.spans.append((func.lineno, func.col_offset, func.lineno, (func.end_col_offset or 0) + 1,
                                    f'{TRANSLATE}("{cls}", '))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if isinstance(func, ast.Name) and name in wrappers and node.args:
            # ``_tr(`` (name and its opening parenthesis) becomes ``QCoreApplication.translate("Ctx", ``
            edits.spans.append((func.lineno, func.col_offset, func.lineno, (func.end_col_offset or 0) + 1,
                                f'{TRANSLATE}("{wrappers[name]}", '))
        elif isinstance(func, ast.Name) and name in aliases:
            edits.replace(func, TRANSLATE)
        if name in {"QT_TRANSLATE_NOOP", "translate"} and node.args and isinstance(node.args[0], ast.Name):
            ctx = context_constants.get(node.args[0].id)
            if ctx is not None:
                edits.replace(node.args[0], f'"{ctx}"')
        if _REFUSAL_CALLS.search(name) and node.args:
            message = _string_value(node.args[0])
            if message and message[0].isupper() or message and message[0] in "„»":
                messages.append(message)
    return edits.apply(), messages


def normalised_tree(target: Path) -> Path:
    """Write the normalised copy of app/ under ``target`` plus the collected messages; returns the list file."""
    all_messages: list[str] = []
    files: list[str] = []
    for source in sorted(APP_DIR.rglob("*.py")):
        relative = source.relative_to(ROOT)
        text, messages = normalise_source(source.read_text(encoding="utf-8"))
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        files.append(str(out))
        all_messages.extend(messages)
    unique = list(dict.fromkeys(all_messages))
    collected = target / "collected_messages.py"
    collected.write_text("".join(f"QT_TRANSLATE_NOOP({json.dumps(MESSAGE_CONTEXT)}, {json.dumps(m, ensure_ascii=False)})\n"
                                 for m in unique), encoding="utf-8")
    files.append(str(collected))
    listing = target / "files.txt"
    listing.write_text("\n".join(files), encoding="utf-8")
    return listing


# ---------------------------------------------------------------- extraction and catalogues
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool


def extract() -> tuple[ET.ElementTree, list[Message]]:
    """Run lupdate over the normalised sources; returns lupdate's fresh tree and its messages in order."""
    with tempfile.TemporaryDirectory(prefix="werkstatt-i18n-") as tmp:
        listing = normalised_tree(Path(tmp))
        ts = Path(tmp) / "fresh.ts"
        files = listing.read_text(encoding="utf-8").splitlines()
        subprocess.run([qt_tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete",
                        "-source-language", "de_DE", "-target-language", "en_GB", "-ts", str(ts)],
                       check=True, capture_output=True)
        tree = ET.parse(ts)
    messages = [Message(ctx.findtext("name") or "", m.findtext("source") or "", m.get("numerus") == "yes")
                for ctx in tree.getroot().iter("context") for m in ctx.iter("message")]
    return tree, messages


def load_strings() -> dict[str, object]:
    return runpy.run_path(str(STRINGS_FILE)) if STRINGS_FILE.exists() else {}


def translation_for(message: Message, lang: str, strings: dict[str, object]) -> str | tuple[str, ...] | None:
    """The text (or plural forms) for ``message`` in ``lang``; None if English is missing."""
    if lang == "de":
        if message.numerus:
            forms = strings.get("DE_NUMERUS", {}).get(message.source)  # type: ignore[union-attr]
            return tuple(forms) if forms else (message.source, message.source)
        return message.source
    by_context = strings.get("EN_BY_CONTEXT", {})
    english = by_context.get((message.context, message.source))  # type: ignore[union-attr]
    if english is None:
        english = strings.get("EN", {}).get(message.source)  # type: ignore[union-attr]
    if english is None:
        return None
    if message.numerus:
        return tuple(english) if isinstance(english, tuple | list) else (english, english)
    return str(english)


def missing(messages: list[Message], strings: dict[str, object]) -> list[Message]:
    return [m for m in messages if translation_for(m, "en", strings) is None]


def unresolved_contexts(messages: list[Message]) -> list[Message]:
    """Texts whose context is not what runs: a bare ``tr()`` (no context) or ``obj.tr()`` on an unannotated
    variable (lupdate takes the variable's name, ``page``, where Qt uses the object's class)."""
    return [m for m in messages if not m.context or not m.context[0].isupper()]


def write_catalogue(tree: ET.ElementTree, lang: str, strings: dict[str, object], path: Path) -> None:
    root = tree.getroot()
    root.set("language", LANGUAGES[lang])
    root.set("sourcelanguage", LANGUAGES["de"])
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            message = Message(name, m.findtext("source") or "", m.get("numerus") == "yes")
            text = translation_for(message, lang, strings)
            node = m.find("translation")
            if node is None:
                node = ET.SubElement(m, "translation")
            for child in list(node):
                node.remove(child)
            node.text = None
            if text is None:
                node.set("type", "unfinished")
                continue
            node.attrib.pop("type", None)
            if isinstance(text, tuple):
                for form in text:
                    ET.SubElement(node, "numerusform").text = form
            else:
                node.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_catalogue(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def update(target_dir: Path = I18N_DIR) -> list[Message]:
    """Write both catalogues and their .qm into ``target_dir``; returns the messages lacking English."""
    strings = load_strings()
    target_dir.mkdir(parents=True, exist_ok=True)
    lacking: list[Message] = []
    for lang in LANGUAGES:
        tree, messages = extract()
        if lang == "en":
            lacking = missing(messages, strings)
        ts = target_dir / f"werkstatt_{lang}.ts"
        write_catalogue(tree, lang, strings, ts)
        compile_catalogue(ts)
    return lacking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what lacks a translation")
    parser.add_argument("--missing", action="store_true", help="print missing entries for en_strings.py")
    args = parser.parse_args(argv)
    _, messages = extract()
    strings = load_strings()
    lacking = missing(messages, strings)
    stray = unresolved_contexts(messages)
    if args.missing:
        for m in dict.fromkeys(lacking):
            print(f"    {m.source!r}: None,  # {m.context}")
        return 0
    for m in stray:
        print(f"no context (bare tr() outside a class?): {m.source!r}", file=sys.stderr)
    if args.check:
        for m in lacking:
            print(f"missing English: [{m.context}] {m.source!r}", file=sys.stderr)
        return 1 if lacking or stray else 0
    lacking = update()
    print(f"{len(messages)} texts; {len(lacking)} without English")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
