"""Everything one session's protocol shows, read in ONE read-only session and turned into plain data.

Names of participants appear only where their recorded consent ("Name im Protokoll") allows it; everyone else is
shown by a stable pseudonym. Anonymous vote rounds never carry voter identity, not even in this data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.consent import PURPOSE_NAME_IN_PROTOCOL, ConsentRecord, has_consent
from app.domain.vote_results import RankedCard, ranking, tally, tally_by_group
from app.reports.dataset import privacy_of
from app.store.models import (
    AgendaPhase,
    Attendance,
    Canvas,
    CanvasTemplate,
    Card,
    Cluster,
    Comment,
    ConsentEvent,
    EventSession,
    Participant,
    SessionItem,
    SessionPhoto,
    TemplateBlock,
    Vote,
    VoteRound,
    Workspace,
)


@dataclass(frozen=True)
class CardText:
    id: str
    text: str
    private: bool
    amount_cents: int | None
    amount_period: str
    cluster: str
    author_group: str


@dataclass(frozen=True)
class BlockCards:
    key: str
    title: str
    cards: list[CardText]

    @property
    def sum_per_month_cents(self) -> int:
        total = 0
        for c in self.cards:
            if c.amount_cents is None:
                continue
            total += c.amount_cents if c.amount_period != "year" else c.amount_cents // 12
        return total

    @property
    def has_amounts(self) -> bool:
        return any(c.amount_cents is not None for c in self.cards)


@dataclass(frozen=True)
class CanvasSection:
    id: str
    title: str
    version: int
    template_name: str
    blocks: list[BlockCards]


@dataclass(frozen=True)
class RoundResult:
    id: str
    title: str
    canvas_title: str
    method: str
    anonymous: bool
    status: str
    budget: int
    ballots: int
    ranked: list[RankedCard]
    by_group: dict[str, dict[str, int]]
    sources: dict[str, int]


@dataclass(frozen=True)
class CommentLine:
    target: str
    text: str
    stance: str
    tags: list[str]
    author: str
    depth: int
    barrier: bool
    barrier_status: str
    barrier_measure: str


@dataclass
class ProtocolData:
    quartier: str
    city: str
    session_id: str
    title: str
    kind: str
    date: date | None
    place: str
    facilitators: str
    agenda: list[tuple[str, int]] = field(default_factory=list)
    attendance_by_group: dict[str, int] = field(default_factory=dict)
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (label, group)
    canvases: list[CanvasSection] = field(default_factory=list)
    rounds: list[RoundResult] = field(default_factory=list)
    comments: list[CommentLine] = field(default_factory=list)
    barriers: list[CommentLine] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    next_steps: list[tuple[str, str, date | None]] = field(default_factory=list)
    open_questions: list[str] = field(default_factory=list)
    photos: list[tuple[str, bytes]] = field(default_factory=list)


def participant_labels(s: Session) -> dict[str, tuple[str, str]]:
    """participant id -> (label for print, stakeholder group); the name only with consent."""
    events: dict[str, list[ConsentRecord]] = defaultdict(list)
    for ev in s.scalars(select(ConsentEvent).where(ConsentEvent.deleted.is_(False))):
        events[ev.participant_id].append(ConsentRecord(ev.purpose, ev.given, ev.recorded_at, ev.hlc, ev.participant_id))
    out: dict[str, tuple[str, str]] = {}
    for p in s.scalars(select(Participant)):
        if p.erased:
            label = "gelöscht"
        elif p.display_name and has_consent(events.get(p.id, []), PURPOSE_NAME_IN_PROTOCOL):
            label = p.display_name
        else:
            label = p.pseudonym or f"Teilnehmende {p.id[:4]}"
        out[p.id] = (label, p.stakeholder_group)
    return out


def resolve_session_id(s: Session, wanted: str | None) -> str:
    live = select(EventSession).where(EventSession.deleted.is_(False))
    if wanted and wanted != "latest":
        row = s.get(EventSession, wanted)
        if row is None or row.deleted:
            return _session_by_words(s.scalars(live).all(), wanted)
        return row.id
    rows = s.scalars(live).all()
    if not rows:
        raise ValueError("Diese Werkstatt enthält noch keine Sitzung; es gibt nichts zu protokollieren.")
    rows.sort(key=lambda r: (r.date or date.min, r.hlc))
    return rows[-1].id


def _session_by_words(rows: list[EventSession], wanted: str) -> str:
    """Exact title first, then the kind ("Dienstleisterkonferenz"), then a part of the title – if unambiguous."""
    key = wanted.strip().casefold()
    for match in (lambda r: (r.title or "").casefold() == key, lambda r: (r.kind or "").casefold() == key,
                  lambda r: key in (r.title or "").casefold()):
        found = [r for r in rows if match(r)]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            raise ValueError(f"Mehrere Sitzungen passen zu »{wanted}«; bitte die Kennung oder den ganzen Titel "
                             "angeben.")
    raise ValueError(f"Sitzung »{wanted}« gibt es in dieser Werkstatt nicht.")


def gather(s: Session, session_id: str) -> ProtocolData:
    ev = s.get(EventSession, session_id)
    assert ev is not None
    ws = s.scalars(select(Workspace).where(Workspace.deleted.is_(False))).first()
    labels = participant_labels(s)
    data = ProtocolData(quartier=ws.quartier if ws else "", city=ws.city if ws else "", session_id=ev.id,
                        title=ev.title, kind=ev.kind, date=ev.date, place=ev.place, facilitators=ev.facilitators)
    phases = s.scalars(select(AgendaPhase).where(AgendaPhase.session_id == ev.id, AgendaPhase.deleted.is_(False))
                       .order_by(AgendaPhase.position)).all()
    data.agenda = [(p.title, p.planned_minutes) for p in phases]
    present = s.scalars(select(Attendance).where(Attendance.session_id == ev.id, Attendance.deleted.is_(False),
                                                 Attendance.present.is_(True))).all()
    groups: Counter[str] = Counter()
    for a in present:
        label, group = labels.get(a.participant_id, ("?", "ohne Angabe"))
        groups[group] += 1
        data.attendees.append((label, group))
    data.attendees.sort(key=lambda t: (t[1].casefold(), t[0].casefold()))
    data.attendance_by_group = dict(sorted(groups.items(), key=lambda kv: kv[0].casefold()))
    _gather_canvases(s, ev.id, data, labels)
    _gather_rounds(s, ev.id, data, labels)
    _gather_comments(s, ev.id, data, labels)
    for item in s.scalars(select(SessionItem).where(SessionItem.session_id == ev.id, SessionItem.deleted.is_(False))
                          .order_by(SessionItem.position)):
        if item.kind == "decision":
            data.decisions.append(item.text)
        elif item.kind == "next_step":
            data.next_steps.append((item.text, item.owner, item.due_date))
        else:
            data.open_questions.append(item.text)
    for ph in s.scalars(select(SessionPhoto).where(SessionPhoto.session_id == ev.id,
                                                   SessionPhoto.deleted.is_(False))):
        data.photos.append((ph.caption or ph.filename, ph.data))
    # a name without consent typed into a card, a comment or the facilitator list becomes the pseudonym too
    return _scrubbed(data, privacy_of(s, with_names=True).scrubber())


def _scrubbed(value, scrub):  # type: ignore[no-untyped-def]
    """``value`` with ``scrub`` applied to every text inside it (dataclasses, lists, tuples, dict keys/values)."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [_scrubbed(v, scrub) for v in value]
    if isinstance(value, tuple):
        return tuple(_scrubbed(v, scrub) for v in value)
    if isinstance(value, dict):
        return {_scrubbed(k, scrub): _scrubbed(v, scrub) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _scrubbed(getattr(value, f.name), scrub) for f in fields(value)
                                 if f.init})
    return value


def _session_canvas_ids(s: Session, session_id: str) -> list[str]:
    ids = list(s.scalars(select(Canvas.id).where(Canvas.session_id == session_id, Canvas.deleted.is_(False))))
    for cid in s.scalars(select(VoteRound.canvas_id).where(VoteRound.session_id == session_id,
                                                          VoteRound.deleted.is_(False))):
        if cid not in ids:
            ids.append(cid)
    return ids


def _gather_canvases(s: Session, session_id: str, data: ProtocolData, labels: dict[str, tuple[str, str]]) -> None:
    for cid in _session_canvas_ids(s, session_id):
        cv = s.get(Canvas, cid)
        tpl = s.get(CanvasTemplate, cv.template_id)
        blocks = s.scalars(select(TemplateBlock).where(TemplateBlock.template_id == cv.template_id,
                                                       TemplateBlock.deleted.is_(False))
                           .order_by(TemplateBlock.position)).all()
        clusters = {c.id: c.title for c in s.scalars(select(Cluster).where(Cluster.canvas_id == cid))}
        cards = s.execute(select(Card.id, Card.text, Card.private, Card.amount_cents, Card.amount_period,
                                 Card.cluster_id, Card.author_id, Card.block_key)
                          .where(Card.canvas_id == cid, Card.deleted.is_(False))
                          .order_by(Card.block_key, Card.y, Card.x)).all()  # plain rows: no ORM objects
        by_block: dict[str, list[CardText]] = defaultdict(list)
        for c in cards:
            group = labels.get(c.author_id, ("", ""))[1] if c.author_id else ""
            by_block[c.block_key].append(CardText(c.id, c.text, c.private, c.amount_cents, c.amount_period,
                                                  clusters.get(c.cluster_id or "", ""), group))
        data.canvases.append(CanvasSection(cv.id, cv.title, cv.version, tpl.name if tpl else "",
                                           [BlockCards(b.key, b.title, by_block.get(b.key, [])) for b in blocks]))


@dataclass(frozen=True)
class _Counted:
    voter_key: str
    card_id: str
    weight: int


def _gather_rounds(s: Session, session_id: str, data: ProtocolData, labels: dict[str, tuple[str, str]]) -> None:
    rounds = s.scalars(select(VoteRound).where(VoteRound.session_id == session_id, VoteRound.deleted.is_(False))
                       .order_by(VoteRound.opened_at, VoteRound.title)).all()
    for rnd in rounds:
        if rnd.status != "closed" and rnd.hidden_until_closed:
            continue  # hidden results stay hidden, also on paper
        votes = s.execute(select(Vote.id, Vote.participant_id, Vote.ballot_token, Vote.card_id, Vote.weight,
                                 Vote.source).where(Vote.round_id == rnd.id, Vote.deleted.is_(False))).all()
        card_ids = {v.card_id for v in votes} | set(rnd.card_ids or [])
        titles = dict(s.execute(select(Card.id, Card.text).where(Card.id.in_(card_ids))).all()) if card_ids else {}
        counted = [_Counted((v.participant_id if (v.participant_id and not rnd.anonymous) else
                             (v.ballot_token or f"papier-{v.id}")), v.card_id, v.weight) for v in votes]
        group_of = {} if rnd.anonymous else {pid: grp for pid, (_l, grp) in labels.items()}
        totals = tally(counted)
        cv = s.get(Canvas, rnd.canvas_id)
        voters = {c.voter_key for c in counted if not c.voter_key.startswith("papier-")}
        data.rounds.append(RoundResult(
            rnd.id, rnd.title, cv.title if cv else "", rnd.method, rnd.anonymous, rnd.status, rnd.budget,
            len(voters) + (rnd.paper_ballots or 0), ranking(totals, titles),
            tally_by_group(counted, group_of), dict(Counter(v.source for v in votes))))


def _gather_comments(s: Session, session_id: str, data: ProtocolData, labels: dict[str, tuple[str, str]]) -> None:
    canvas_ids = _session_canvas_ids(s, session_id)
    cond = [Comment.session_id == session_id]
    if canvas_ids:
        cond.append(Comment.canvas_id.in_(canvas_ids))
    rows = s.scalars(select(Comment).where(Comment.deleted.is_(False), or_(*cond))
                     .order_by(Comment.created_at, Comment.hlc)).all()
    card_ids = {c.target_id for c in rows if c.target_type == "card"}
    card_text = dict(s.execute(select(Card.id, Card.text).where(Card.id.in_(card_ids))).all()) if card_ids else {}
    block_titles = {f"{cv.id}:{b.key}": b.title for cv in data.canvases for b in cv.blocks}
    children: dict[str | None, list[Comment]] = defaultdict(list)
    ids = {r.id for r in rows}
    for c in rows:
        children[c.parent_id if c.parent_id in ids else None].append(c)

    def target_label(c: Comment) -> str:
        if c.target_type == "card":
            return f"Karte: {card_text.get(c.target_id, '(entfernt)')}"
        if c.target_type == "block":
            return f"Bereich: {block_titles.get(c.target_id, c.target_id.split(':', 1)[-1])}"
        return "Leinwand" if c.target_type == "canvas" else "Sitzung"

    def walk(parent: str | None, depth: int) -> None:
        for c in children.get(parent, []):
            author = "anonym" if c.anonymous or not c.author_id else labels.get(c.author_id, ("?", ""))[0]
            line = CommentLine(target_label(c), c.text, c.stance, list(c.elsi_tags or []), author, depth,
                               c.barrier, c.barrier_status or ("offen" if c.barrier else ""), c.barrier_measure)
            data.comments.append(line)
            if c.barrier:
                data.barriers.append(line)
            walk(c.id, depth + 1)

    walk(None, 0)
