"""Compatibility of actor pairs for a joint, jointly financed offer, and the group's override with a reason.

The rules live in :mod:`app.domain.compatibility`; here we feed them the actors' records and keep the group's
decision on the pair's cooperation link (``override_verdict``/``override_reason``), so it travels with the
workspace and merges like every other field. A pair without a link gets a potential link of the kind
"gemeinsame Finanzierung" when the group overrides its verdict: the override is about financing together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.store.models import Actor, CooperationLink
from app.store.workspace_file import WorkspaceFile

from .actors_ops import live_actor
from .errors import OperationRefused

OVERRIDE_LINK_TYPE = "gemeinsame Finanzierung"
SCOPES = ("linked", "key_partners", "all")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Kompatibilitaet", text)


@dataclass(frozen=True)
class SourceChoice:
    key: str
    name: str


@dataclass(frozen=True)
class PairRow:
    actor_a_id: str
    actor_a: str
    actor_b_id: str
    actor_b: str
    level: str  # what counts: the override if any, else the rules' verdict
    computed_level: str  # the rules' verdict
    reasons: tuple[str, ...]
    override_reason: str
    link_id: str | None


def financing_sources() -> list[SourceChoice]:
    from app.domain.financing_sources import default_catalogue

    return [SourceChoice(s.key, s.name) for s in default_catalogue()]


def _profile(a: Actor):  # type: ignore[no-untyped-def]
    from app.domain.financing_eligibility import OrgProfile

    return OrgProfile(actor_id=a.id, name=a.name, legal_form=a.legal_form, kind=a.kind, non_profit=a.non_profit,
                      public_body=a.public_body, recognised_45a=a.recognised_45a)


def _sources(keys: Sequence[str]):  # type: ignore[no-untyped-def]
    from app.domain.financing_sources import default_catalogue

    wanted = set(keys)
    return [s for s in default_catalogue() if s.key in wanted]


def _pair_links(links: Sequence[CooperationLink]) -> dict[frozenset[str], CooperationLink]:
    """One link per pair: the one with an override first, else the newest."""
    out: dict[frozenset[str], CooperationLink] = {}
    for link in sorted(links, key=lambda x: (bool(x.override_reason), x.hlc)):
        out[frozenset((link.actor_a_id, link.actor_b_id))] = link
    return out


def compatibility_pairs(ws: WorkspaceFile, *, source_keys: Sequence[str], scope: str = "linked"
                        ) -> list[PairRow]:
    """Verdicts for the pairs in ``scope``: linked pairs, pairs of key partners, or every pair of actors."""
    from app.domain.compatibility import pair_verdict

    if scope not in SCOPES:
        raise OperationRefused(_tr("Unbekannte Auswahl der Paare."))
    sources = _sources(source_keys)
    with ws.session() as s:
        actors = {a.id: a for a in s.scalars(select(Actor).where(Actor.deleted.is_(False)))}
        links = _pair_links([x for x in s.scalars(select(CooperationLink).where(CooperationLink.deleted.is_(False)))
                             if x.actor_a_id in actors and x.actor_b_id in actors])
        if scope == "linked":
            pairs = [tuple(sorted(p)) for p in links]
        else:
            pool = [a for a in actors.values() if scope == "all" or a.key_partner]
            pairs = [tuple(sorted((a.id, b.id))) for a, b in combinations(pool, 2)]
        out = []
        for a_id, b_id in pairs:
            a, b = actors[a_id], actors[b_id]
            if a.name.casefold() > b.name.casefold():
                a, b = b, a
            verdict = pair_verdict(_profile(a), _profile(b), sources)
            link = links.get(frozenset((a.id, b.id)))
            overridden = bool(link and link.override_reason and link.override_verdict)
            out.append(PairRow(a.id, a.name, b.id, b.name,
                               link.override_verdict if overridden and link else verdict.level, verdict.level,
                               tuple(verdict.reasons), link.override_reason if overridden and link else "",
                               link.id if link else None))
        return sorted(out, key=lambda r: (r.actor_a.casefold(), r.actor_b.casefold()))


def override_verdict(ws: WorkspaceFile, actor_a_id: str, actor_b_id: str, *, level: str, reason: str,
                     source_keys: Sequence[str]) -> str:
    """Store the group's verdict for the pair; refused without a reason. Returns the link id."""
    from app.domain.compatibility import LEVELS, apply_override, link_fields, pair_verdict

    if level not in LEVELS:
        raise OperationRefused(_tr("Bitte »kompatibel«, »bedingt« oder »inkompatibel« wählen."))
    if not reason.strip():
        raise OperationRefused(_tr("Eine abweichende Bewertung braucht eine schriftliche Begründung."))
    with ws.session() as s:
        a, b = live_actor(s, actor_a_id), live_actor(s, actor_b_id)
        if a.id == b.id:
            raise OperationRefused(_tr("Eine Bewertung braucht zwei verschiedene Akteure."))
        verdict = apply_override(pair_verdict(_profile(a), _profile(b), _sources(source_keys)), level, reason)
        link = _pair_links(list(s.scalars(select(CooperationLink).where(
            CooperationLink.deleted.is_(False),
            ((CooperationLink.actor_a_id == a.id) & (CooperationLink.actor_b_id == b.id))
            | ((CooperationLink.actor_a_id == b.id) & (CooperationLink.actor_b_id == a.id)))))).get(
            frozenset((a.id, b.id)))
        if link is None:
            link = CooperationLink(actor_a_id=a.id, actor_b_id=b.id, link_type=OVERRIDE_LINK_TYPE, status="potenziell")
            s.add(link)
        for name, value in link_fields(verdict).items():
            if getattr(link, name) != value:
                setattr(link, name, value)
        s.flush()
        return link.id


def clear_override(ws: WorkspaceFile, link_id: str) -> None:
    with ws.session() as s:
        link = s.get(CooperationLink, link_id)
        if link is None or link.deleted:
            raise OperationRefused(_tr("Diese Verbindung gibt es nicht mehr."))
        if link.override_verdict:
            link.override_verdict = ""
        if link.override_reason:
            link.override_reason = ""
