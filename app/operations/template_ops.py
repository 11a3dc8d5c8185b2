"""Canvas templates of a workspace: list them, save a facilitator's own template, copy one.

Built-in templates are read-only (their ids are shared by every laptop; an edit on one would fight the seed on
another), so editing one means saving a copy. A template that ``validate_template`` rejects is refused as a whole,
with its German messages, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.templates import BlockDef, TemplateDef, validate_template
from app.store.errors import WorkspaceError
from app.store.models import CanvasTemplate, TemplateBlock
from app.store.seed import add_template

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateOps", text)


class TemplateRefused(WorkspaceError):
    """The template was not saved. ``messages`` lists every reason in German; ``str(exc)`` joins them."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = list(messages)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    builtin: bool
    definition: TemplateDef

    @property
    def name(self) -> str:
        return self.definition.name

    @property
    def key(self) -> str:
        return self.definition.key


def _definition(s: Session, row: CanvasTemplate) -> TemplateDef:
    blocks = s.scalars(select(TemplateBlock).where(TemplateBlock.template_id == row.id,
                                                   TemplateBlock.deleted.is_(False))
                       .order_by(TemplateBlock.position, TemplateBlock.key))
    return TemplateDef(
        key=row.key, name=row.name, description=row.description, width=row.width, height=row.height,
        blocks=tuple(BlockDef(b.key, b.title, b.question, b.x, b.y, b.w, b.h, b.color) for b in blocks),
    )


def list_templates(ws: WorkspaceFile) -> list[TemplateInfo]:
    """Live templates: built-in ones first, then the workspace's own by name."""
    with ws.session() as s:
        rows = s.scalars(select(CanvasTemplate).where(CanvasTemplate.deleted.is_(False)))
        infos = [TemplateInfo(r.id, r.builtin, _definition(s, r)) for r in rows]
    return sorted(infos, key=lambda t: (not t.builtin, t.name.casefold(), t.id))


def load_template(ws: WorkspaceFile, template_id: str) -> TemplateInfo:
    with ws.session() as s:
        row = s.get(CanvasTemplate, template_id)
        if row is None or row.deleted:
            raise TemplateRefused([_tr("Die Vorlage gibt es nicht (mehr).")])
        return TemplateInfo(row.id, row.builtin, _definition(s, row))


def _taken_keys(s: Session, except_id: str | None) -> set[str]:
    rows = s.scalars(select(CanvasTemplate).where(CanvasTemplate.deleted.is_(False)))
    return {r.key for r in rows if r.id != except_id}


def _check(s: Session, t: TemplateDef, template_id: str | None) -> None:
    messages = validate_template(t)
    if t.key and t.key in _taken_keys(s, template_id):
        messages.append(_tr("Den Schlüssel „{key}“ hat schon eine andere Vorlage.").format(key=t.key))
    if messages:
        raise TemplateRefused(messages)


def save_custom_template(ws: WorkspaceFile, t: TemplateDef, template_id: str | None = None) -> str:
    """Store a new own template (``template_id`` None) or update an own one; returns its id.

    Blocks are matched by key: a kept key updates its row (so per-field stamps merge well), a new key adds a row,
    a key no longer present gets a tombstone.
    """
    with ws.session() as s:
        _check(s, t, template_id)
        if template_id is None:
            return add_template(s, t, builtin=False)
        row = s.get(CanvasTemplate, template_id)
        if row is None or row.deleted:
            raise TemplateRefused([_tr("Die Vorlage gibt es nicht (mehr).")])
        if row.builtin:
            raise TemplateRefused([_tr("Mitgelieferte Vorlagen lassen sich nicht ändern; "
                                       "bitte als Kopie speichern.")])
        for name, value in (("key", t.key), ("name", t.name), ("description", t.description),
                            ("width", t.width), ("height", t.height)):
            if getattr(row, name) != value:
                setattr(row, name, value)
        existing = {b.key: b for b in s.scalars(select(TemplateBlock).where(
            TemplateBlock.template_id == row.id, TemplateBlock.deleted.is_(False)))}
        for pos, b in enumerate(t.blocks):
            blk = existing.pop(b.key, None)
            if blk is None:
                s.add(TemplateBlock(template_id=row.id, key=b.key, title=b.title, question=b.question, x=b.x,
                                    y=b.y, w=b.w, h=b.h, position=pos, color=b.color))
                continue
            for name, value in (("title", b.title), ("question", b.question), ("x", b.x), ("y", b.y),
                                ("w", b.w), ("h", b.h), ("position", pos), ("color", b.color)):
                if getattr(blk, name) != value:
                    setattr(blk, name, value)
        for gone in existing.values():
            gone.deleted = True
        return row.id


def _free_key(s: Session, base: str) -> str:
    taken = _taken_keys(s, None)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def copy_template(ws: WorkspaceFile, template_id: str, new_name: str) -> str:
    """A new own template with the same blocks as ``template_id`` (built-in or own) under ``new_name``."""
    name = new_name.strip()
    if not name:
        raise TemplateRefused([_tr("Die Vorlage hat keinen Namen.")])
    with ws.session() as s:
        row = s.get(CanvasTemplate, template_id)
        if row is None or row.deleted:
            raise TemplateRefused([_tr("Die Vorlage gibt es nicht (mehr).")])
        source = _definition(s, row)
        copy = replace(source, name=name, key=_free_key(s, f"{source.key}_kopie"))
        _check(s, copy, None)
        return add_template(s, copy, builtin=False)


def free_template_key(ws: WorkspaceFile, base: str) -> str:
    """A key no live template uses yet, starting from ``base`` (for a new template in the editor)."""
    with ws.session() as s:
        return _free_key(s, base)
