"""Find German text handed to a widget without passing through the translation system.

lupdate only sees what is wrapped; a literal given straight to ``setText`` or ``QLabel`` would stay German in
English mode and nothing would notice. This scanner looks at every call in app/ui that puts text on screen and
reports literal (or f-string) arguments that contain words. Run it directly to list them::

    python tools/untranslated_literals.py
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "app" / "ui"

#: calls whose string arguments end up on screen
TEXT_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "setTitle", "addRow",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItem", "addItems",
    "insertItem", "setItemText", "information", "warning", "critical", "question", "about", "setLabelText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "setSuffix", "setPrefix",
    "setSpecialValueText", "getText", "getItem", "getInt", "getDouble", "setInformativeText",
    "setDetailedText", "addButton", "setButtonText", "setCancelButtonText", "setOkButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QMessageBox", "QToolBar", "QMenu",
    "QProgressDialog", "QStandardItem", "QDockWidget", "QCommandLinkButton", "setHtml", "setMarkdown",
    "setPlainText", "setEmptyText", "setWindowIconText", "QInputDialog",
})
#: a word of at least two letters (Latin letters incl. German ones)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
#: text that reads the same in every language (format placeholders, units, symbols)
_NEUTRAL = re.compile(r"^(\{[a-z_0-9]*\}|[\s\W\d]|%|px|pt|CSV|XLSX|PDF|JSON|PIN|ID|OK|€|ct|\w\s?[:/]\s?\w)*$")


def _text_of(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)  # type: ignore[misc]
    return None


def _wordy(text: str) -> bool:
    stripped = re.sub(r"\{[^}]*\}|<[^>]*>", "", text)
    return bool(_WORD.search(stripped)) and not _NEUTRAL.match(stripped)


def _looks_like_text(node: ast.AST) -> bool:
    """A literal or a call that yields text (``self.tr(…)``, ``….format(…)``) – not an icon."""
    if _text_of(node) is not None:
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return "icon" not in name.lower() and not name[:1].isupper()
    return isinstance(node, ast.Name | ast.Attribute | ast.Subscript | ast.BinOp | ast.JoinedStr)


def _shown_arguments(name: str, node: ast.Call) -> list[ast.AST]:
    """The arguments that end up on screen; a combo box's item data (``addItem(text, "key")``) does not."""
    args = list(node.args)
    if name == "insertItem" and args:
        args = args[1:]
    if name in {"addItem", "insertItem"} and len(args) >= 2:
        if len(args) >= 3 or not _looks_like_text(args[0]):
            return [args[1]]  # (icon, text[, data])
        return [args[0]]  # (text, data)
    return [*args, *(k.value for k in node.keywords)]


def _arguments(name: str, node: ast.Call) -> list[ast.AST]:
    out: list[ast.AST] = []
    for arg in _shown_arguments(name, node):
        if isinstance(arg, ast.List | ast.Tuple):
            out.extend(arg.elts)
        elif isinstance(arg, ast.IfExp):
            out.extend([arg.body, arg.orelse])
        else:
            out.append(arg)
    return out


def scan_file(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in TEXT_CALLS:
            continue
        for arg in _arguments(name, node):
            text = _text_of(arg)
            if text is not None and _wordy(text):
                found.append((arg.lineno, text))
    return found


def scan(root: Path = UI_DIR) -> list[str]:
    """``path:line: text`` for every untranslated literal in the UI."""
    hits: list[str] = []
    for path in sorted(root.rglob("*.py")):
        for line, text in scan_file(path):
            hits.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    return hits


if __name__ == "__main__":
    results = scan()
    print("\n".join(results))
    sys.exit(1 if results else 0)
