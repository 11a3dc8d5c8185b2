"""Rows every new workspace starts with: the workspace row, templates, default categories, financing sources.

Built-in rows get deterministic ids (uuid5 of their keys), so two laptops that create workspaces independently
share them, and a merge does not duplicate templates or categories.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.categories import CATEGORY_COLORS, DEFAULT_CATEGORIES, category_id
from app.domain.financing_sources import default_catalogue
from app.domain.templates import (
    TemplateDef,
    builtin_block_id,
    builtin_template_id,
    load_builtin_templates,
)

from .models import CanvasTemplate, FinancingSource, SubjectCategory, TemplateBlock, Workspace
from .models.base import BUILTIN_NAMESPACE_SOURCES


def seed_new_workspace(s: Session, *, quartier: str = "", city: str = "") -> None:
    s.add(Workspace(quartier=quartier, city=city))
    seed_builtin_templates(s)
    seed_default_categories(s)
    seed_financing_sources(s)


def add_template(s: Session, t: TemplateDef, *, builtin: bool, template_id: str | None = None) -> str:
    tid = template_id or (builtin_template_id(t.key) if builtin else None)
    row = CanvasTemplate(key=t.key, name=t.name, description=t.description, builtin=builtin,
                         width=t.width, height=t.height)
    if tid:
        row.id = tid
    s.add(row)
    s.flush()
    for pos, b in enumerate(t.blocks):
        blk = TemplateBlock(template_id=row.id, key=b.key, title=b.title, question=b.question, x=b.x, y=b.y,
                            w=b.w, h=b.h, position=pos, color=b.color)
        if builtin:
            blk.id = builtin_block_id(t.key, b.key)
        s.add(blk)
    return row.id


def seed_builtin_templates(s: Session) -> None:
    have = set(s.scalars(select(CanvasTemplate.id)))
    for t in load_builtin_templates():
        if builtin_template_id(t.key) not in have:
            add_template(s, t, builtin=True)


def seed_default_categories(s: Session) -> None:
    have = set(s.scalars(select(SubjectCategory.id)))
    for pos, (name, children) in enumerate(DEFAULT_CATEGORIES.items()):
        pid = category_id(name)
        if pid not in have:
            s.add(SubjectCategory(id=pid, name=name, position=pos, color=CATEGORY_COLORS.get(name, "")))
        for cpos, child in enumerate(children):
            cid = category_id(f"{name}/{child}")
            if cid not in have:
                s.add(SubjectCategory(id=cid, name=child, parent_id=pid, position=cpos))
    s.flush()


def seed_financing_sources(s: Session) -> None:
    import uuid

    have = set(s.scalars(select(FinancingSource.id)))
    for src in default_catalogue():
        sid = str(uuid.uuid5(BUILTIN_NAMESPACE_SOURCES, src.key))
        if sid in have:
            continue
        s.add(FinancingSource(id=sid, key=src.key, name=src.name, default_amount_cents=src.default_amount_cents,
                              default_unit=src.default_unit, temporary=src.temporary, public=src.public,
                              max_years=src.max_years, requires_recognition=src.requires_recognition,
                              note=src.note))
