"""Comments on cards, blocks, canvases and sessions: threads, stance, ELSI tags and implementation barriers.

A comment may be edited (unlike votes); deleting one sets its tombstone. Barriers ("Umsetzungsbarriere") carry a
status and a planned measure, so the list of barriers is the work list after an event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import Canvas, Card, Comment, EventSession, Participant, TemplateBlock
from app.store.models.participation import BARRIER_STATUSES, COMMENT_TARGETS, ELSI_TAGS, STANCES

from .errors import OperationRefused
from .participants_ops import participant_label

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile

__all__ = ["BARRIER_STATUSES", "ELSI_TAGS", "STANCES", "CommentInfo", "ThreadEntry", "add_comment",
           "comment_counts", "comment_thread", "delete_comment", "edit_comment", "list_barriers",
           "list_comment_targets"]

ANONYMOUS_AUTHOR = "anonym"
TARGET_WORDS = {"card": "Karte", "block": "Bereich", "canvas": "Leinwand", "session": "Sitzung"}


@dataclass(frozen=True)
class CommentInfo:
    id: str
    target_type: str
    target_id: str
    target_label: str
    canvas_id: str | None
    session_id: str | None
    parent_id: str | None
    text: str
    stance: str
    elsi_tags: tuple[str, ...]
    barrier: bool
    barrier_status: str
    barrier_measure: str
    author_id: str | None
    author_label: str
    anonymous: bool
    created_at: datetime | None


@dataclass(frozen=True)
class TargetChoice:
    target_type: str
    target_id: str
    label: str


@dataclass(frozen=True)
class ThreadEntry:
    comment: CommentInfo
    depth: int  # 0 = top level, 1 = reply, ...


def _author_labels(s: Session) -> dict[str, str]:
    rows = s.execute(select(Participant.id, Participant.display_name, Participant.pseudonym, Participant.erased))
    return {pid: participant_label(name, pseudo, erased) for pid, name, pseudo, erased in rows}


def _target_label(s: Session, target_type: str, target_id: str) -> str:
    word = TARGET_WORDS.get(target_type, target_type)
    if target_type == "card":
        card = s.get(Card, target_id)
        return f"{word} „{card.text}“" if card is not None else word
    if target_type == "canvas":
        canvas = s.get(Canvas, target_id)
        return f"{word} „{canvas.title}“" if canvas is not None else word
    if target_type == "session":
        event = s.get(EventSession, target_id)
        return f"{word} „{event.title}“" if event is not None else word
    return f"{word} „{target_id.split(':', 1)[-1]}“"


def _info(s: Session, c: Comment, authors: dict[str, str]) -> CommentInfo:
    author = ANONYMOUS_AUTHOR if c.anonymous or not c.author_id else authors.get(c.author_id, "")
    return CommentInfo(
        id=c.id, target_type=c.target_type, target_id=c.target_id,
        target_label=_target_label(s, c.target_type, c.target_id), canvas_id=c.canvas_id, session_id=c.session_id,
        parent_id=c.parent_id, text=c.text, stance=c.stance, elsi_tags=tuple(c.elsi_tags or ()),
        barrier=c.barrier, barrier_status=c.barrier_status, barrier_measure=c.barrier_measure,
        author_id=None if c.anonymous else c.author_id, author_label=author, anonymous=c.anonymous,
        created_at=c.created_at,
    )


def _resolve_target(s: Session, target_type: str, target_id: str) -> tuple[str | None, str | None]:
    """Canvas id and session id the comment belongs to; refuses targets that do not exist (any more)."""
    if target_type not in COMMENT_TARGETS:
        raise OperationRefused(f"Kommentare sind nur zu {', '.join(TARGET_WORDS.values())} möglich.")
    if target_type == "card":
        card = s.get(Card, target_id)
        if card is None or card.deleted:
            raise OperationRefused("Diese Karte gibt es nicht (mehr).")
        return card.canvas_id, None
    if target_type == "block":
        canvas_id, sep, key = target_id.partition(":")
        canvas = s.get(Canvas, canvas_id)
        if not sep or not key or canvas is None or canvas.deleted:
            raise OperationRefused("Diesen Bereich der Leinwand gibt es nicht (mehr).")
        return canvas_id, None
    if target_type == "canvas":
        canvas = s.get(Canvas, target_id)
        if canvas is None or canvas.deleted:
            raise OperationRefused("Diese Leinwand gibt es nicht (mehr).")
        return target_id, None
    event = s.get(EventSession, target_id)
    if event is None or event.deleted:
        raise OperationRefused("Diese Sitzung gibt es nicht (mehr).")
    return None, target_id


def _check_fields(stance: str | None, tags: Iterable[str] | None, status: str | None) -> list[str]:
    errors: list[str] = []
    if stance is not None and stance not in STANCES:
        errors.append(f"Unbekannte Haltung „{stance}“. Möglich sind: {', '.join(STANCES)}.")
    for tag in tags or ():
        if tag not in ELSI_TAGS:
            errors.append(f"Unbekannter Aspekt „{tag}“. Möglich sind: {', '.join(ELSI_TAGS)}.")
    if status and status not in BARRIER_STATUSES:
        errors.append(f"Unbekannter Stand „{status}“. Möglich sind: {', '.join(BARRIER_STATUSES)}.")
    return errors


def _ordered_tags(tags: Iterable[str]) -> list[str]:
    chosen = set(tags)
    return [t for t in ELSI_TAGS if t in chosen]


def add_comment(
    ws: WorkspaceFile,
    target_type: str,
    target_id: str,
    text: str,
    *,
    stance: str = "neutral",
    elsi_tags: Iterable[str] = (),
    barrier: bool = False,
    barrier_status: str = "",
    barrier_measure: str = "",
    author_id: str | None = None,
    anonymous: bool = False,
    parent_id: str | None = None,
    session_id: str | None = None,
    now: datetime | None = None,
) -> CommentInfo:
    """A new comment or reply (``parent_id``); a barrier without a status starts as "offen"."""
    tags = list(elsi_tags)
    errors = _check_fields(stance, tags, barrier_status)
    if not text.strip():
        errors.insert(0, "Der Kommentar ist leer.")
    if errors:
        raise OperationRefused(errors)
    with ws.session() as s:
        canvas_id, target_session = _resolve_target(s, target_type, target_id)
        if parent_id is not None:
            parent = s.get(Comment, parent_id)
            if parent is None or parent.deleted or (parent.target_type, parent.target_id) != (target_type,
                                                                                              target_id):
                raise OperationRefused("Der Kommentar, auf den geantwortet wird, gibt es hier nicht (mehr).")
        if author_id is not None and not anonymous:
            person = s.get(Participant, author_id)
            if person is None or person.deleted:
                raise OperationRefused("Diese Person steht nicht (mehr) auf der Teilnehmendenliste.")
        row = Comment(
            target_type=target_type, target_id=target_id, canvas_id=canvas_id,
            session_id=target_session or session_id, parent_id=parent_id, text=text.strip(), stance=stance,
            elsi_tags=_ordered_tags(tags), barrier=barrier,
            barrier_status=(barrier_status or BARRIER_STATUSES[0]) if barrier else "",
            barrier_measure=barrier_measure.strip() if barrier else "",
            author_id=None if anonymous else author_id, anonymous=anonymous or author_id is None,
            created_at=now or datetime.now(),
        )
        s.add(row)
        s.flush()
        return _info(s, row, _author_labels(s))


def edit_comment(
    ws: WorkspaceFile,
    comment_id: str,
    *,
    text: str | None = None,
    stance: str | None = None,
    elsi_tags: Iterable[str] | None = None,
    barrier: bool | None = None,
    barrier_status: str | None = None,
    barrier_measure: str | None = None,
) -> CommentInfo:
    """Change what is given (``None`` keeps a field); only changed fields get a new clock stamp."""
    tags = None if elsi_tags is None else _ordered_tags(elsi_tags)
    errors = _check_fields(stance, tags, barrier_status)
    if text is not None and not text.strip():
        errors.insert(0, "Der Kommentar ist leer.")
    if errors:
        raise OperationRefused(errors)
    with ws.session() as s:
        row = s.get(Comment, comment_id)
        if row is None or row.deleted:
            raise OperationRefused("Diesen Kommentar gibt es nicht (mehr).")
        changes: dict[str, object] = {}
        if text is not None:
            changes["text"] = text.strip()
        if stance is not None:
            changes["stance"] = stance
        if tags is not None:
            changes["elsi_tags"] = tags
        if barrier is not None:
            changes["barrier"] = barrier
            if barrier and not row.barrier_status and barrier_status is None:
                changes["barrier_status"] = BARRIER_STATUSES[0]
        if barrier_status is not None:
            changes["barrier_status"] = barrier_status
        if barrier_measure is not None:
            changes["barrier_measure"] = barrier_measure.strip()
        for name, value in changes.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        return _info(s, row, _author_labels(s))


def delete_comment(ws: WorkspaceFile, comment_id: str) -> None:
    with ws.session() as s:
        row = s.get(Comment, comment_id)
        if row is None or row.deleted:
            raise OperationRefused("Diesen Kommentar gibt es nicht (mehr).")
        row.deleted = True


def comment_thread(ws: WorkspaceFile, target_type: str, target_id: str) -> list[ThreadEntry]:
    """Comments on one target, each followed by its replies (oldest first); replies to deleted comments are
    shown at the top level so nothing said is lost."""
    with ws.session() as s:
        rows = s.scalars(select(Comment).where(Comment.target_type == target_type, Comment.target_id == target_id,
                                               Comment.deleted.is_(False))).all()
        authors = _author_labels(s)
        infos = [_info(s, c, authors) for c in rows]
    infos.sort(key=lambda c: (c.created_at or datetime.min, c.id))
    ids = {c.id for c in infos}
    children: dict[str | None, list[CommentInfo]] = {}
    for c in infos:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)
    out: list[ThreadEntry] = []

    def walk(parent: str | None, depth: int) -> None:
        for c in children.get(parent, []):
            out.append(ThreadEntry(c, depth))
            walk(c.id, depth + 1)

    walk(None, 0)
    return out


def list_barriers(
    ws: WorkspaceFile, *, status: str | None = None, canvas_id: str | None = None
) -> list[CommentInfo]:
    """Every live comment flagged as implementation barrier, open ones first, then by time."""
    with ws.session() as s:
        query = select(Comment).where(Comment.barrier.is_(True), Comment.deleted.is_(False))
        if status is not None:
            query = query.where(Comment.barrier_status == status)
        if canvas_id is not None:
            query = query.where(Comment.canvas_id == canvas_id)
        authors = _author_labels(s)
        infos = [_info(s, c, authors) for c in s.scalars(query)]
    rank = {st: i for i, st in enumerate(BARRIER_STATUSES)}
    return sorted(infos, key=lambda c: (rank.get(c.barrier_status, 0), c.created_at or datetime.min, c.id))


def comment_counts(ws: WorkspaceFile, canvas_id: str) -> dict[str, int]:
    """Card id → live comments (replies included), for the badge on each card of the board."""
    with ws.session() as s:
        rows = s.execute(
            select(Comment.target_id, func.count())
            .where(Comment.target_type == "card", Comment.canvas_id == canvas_id, Comment.deleted.is_(False))
            .group_by(Comment.target_id)
        ).tuples().all()
        return dict(rows)


def list_comment_targets(ws: WorkspaceFile) -> list[TargetChoice]:
    """What one can comment on: each canvas, its blocks and cards, then each session."""
    out: list[TargetChoice] = []
    with ws.session() as s:
        canvases = s.scalars(select(Canvas).where(Canvas.deleted.is_(False)).order_by(Canvas.title,
                                                                                     Canvas.version)).all()
        for canvas in canvases:
            name = f"{canvas.title} (V{canvas.version})"
            out.append(TargetChoice("canvas", canvas.id, f"Leinwand {name}"))
            blocks = s.scalars(select(TemplateBlock).where(TemplateBlock.template_id == canvas.template_id,
                                                           TemplateBlock.deleted.is_(False))
                               .order_by(TemplateBlock.position)).all()
            out += [TargetChoice("block", f"{canvas.id}:{b.key}", f"{name} – Bereich {b.title}") for b in blocks]
            cards = s.scalars(select(Card).where(Card.canvas_id == canvas.id, Card.deleted.is_(False))
                              .order_by(Card.block_key, Card.y, Card.x)).all()
            out += [TargetChoice("card", c.id, f"{name} – Karte {c.text}") for c in cards]
        sessions = s.scalars(select(EventSession).where(EventSession.deleted.is_(False))
                             .order_by(EventSession.date, EventSession.title)).all()
        out += [TargetChoice("session", e.id, f"Sitzung {e.title}") for e in sessions]
        # comments stay reachable when their card was deleted (perhaps on another laptop, after they were written)
        commented = select(Comment.target_id).where(Comment.target_type == "card", Comment.deleted.is_(False))
        gone = s.scalars(select(Card).where(Card.deleted.is_(True), Card.id.in_(commented))
                         .order_by(Card.text, Card.id)).all()
        out += [TargetChoice("card", c.id, f"Gelöschte Karte {c.text}") for c in gone]
    return out
