"""Rows every new workspace starts with: the workspace row, default categories, templates, financing sources."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import Workspace


def seed_new_workspace(s: Session, *, quartier: str = "") -> None:
    s.add(Workspace(quartier=quartier))
