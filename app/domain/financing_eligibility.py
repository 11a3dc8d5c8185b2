"""Which financing sources can one actor receive, given its legal form and status?

Per-actor half of the compatibility rules (see ``compatibility.py`` for pairs). Each answer carries a German
reason, because a group deciding on a joint offer needs the why, not only a red light. Sources the group added
itself are judged by their flags only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .financing_sources import (
    ENTGELTE,
    KOMMUNALER_ZUSCHUSS,
    LANDESFOERDERUNG_NRW_QUARTIERE,
    MITGLIEDSBEITRAEGE,
    SPENDEN,
    SPONSORING,
    STAEDTEBAUFOERDERUNG,
    STIFTUNG,
    WOHNUNGSWIRTSCHAFT,
    ZEITGUTSCHRIFTEN,
    SourceSpec,
    default_catalogue,
)
from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Kompatibilitaet"

ALLOWED, CONDITIONAL, NOT_ALLOWED = "allowed", "conditional", "not"
OPTION_LEVELS = (ALLOWED, CONDITIONAL, NOT_ALLOWED)


@dataclass(frozen=True)
class OrgProfile:
    """What the rules need to know about an actor (a plain copy of the actor record)."""

    actor_id: str
    name: str
    legal_form: str = ""
    kind: str = ""
    non_profit: bool = False
    public_body: bool = False
    recognised_45a: bool = False


def is_municipality(p: OrgProfile) -> bool:
    return p.kind == "Kommune"


def is_church(p: OrgProfile) -> bool:
    return p.kind == "Kirchengemeinde"


def is_state_body(p: OrgProfile) -> bool:
    """Bound by procurement and state-aid law; a church parish is a public corporation but not the state."""
    return is_municipality(p) or (p.public_body and not is_church(p))


def is_membership_org(p: OrgProfile) -> bool:
    return p.legal_form in ("e.V.", "eG") or p.kind in ("Verein", "Genossenschaft")


def is_for_profit(p: OrgProfile) -> bool:
    return not p.non_profit and not p.public_body


def is_tax_privileged(p: OrgProfile) -> bool:
    """May issue donation receipts and is the usual grantee of foundations."""
    return p.non_profit or p.public_body


class Option(NamedTuple):
    level: str  # allowed | conditional | not
    reason: str


def _recognition_option(p: OrgProfile) -> Option:
    if p.recognised_45a:
        return Option(ALLOWED, QT_TRANSLATE_NOOP(
            _CTX, "Als Angebot zur Unterstützung im Alltag nach §45a SGB XI anerkannt: kann abrechnen."))
    return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
        _CTX, "Nicht nach §45a SGB XI anerkannt: abrechnen erst nach Anerkennung durch das Land."))


def _membership_option(p: OrgProfile) -> Option:
    if is_membership_org(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Verein oder Genossenschaft: hat Mitglieder."))
    return Option(NOT_ALLOWED, QT_TRANSLATE_NOOP(
        _CTX, "Mitgliedsbeiträge setzen Mitglieder voraus: nur Vereine und Genossenschaften "
              "(ggf. über einen Förderverein)."))


def _time_credit_option(p: OrgProfile) -> Option:
    if is_membership_org(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(
            _CTX, "Kann Zeitkonten führen (wie eine Seniorengenossenschaft oder ein Verein)."))
    return Option(NOT_ALLOWED, QT_TRANSLATE_NOOP(
        _CTX, "Zeitgutschriften werden in einer Seniorengenossenschaft oder einem Verein geführt, "
              "nicht von Unternehmen oder Behörden."))


def _urban_development_option(p: OrgProfile) -> Option:
    if is_municipality(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(
            _CTX, "Die Kommune ist Zuwendungsempfängerin der Städtebauförderung."))
    return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
        _CTX, "Städtebauförderung läuft nur über die Kommune: möglich als Träger des Quartiersmanagements "
              "in ihrem Auftrag."))


def _state_programme_option(p: OrgProfile) -> Option:
    if is_municipality(p) or p.non_profit:
        return Option(ALLOWED, QT_TRANSLATE_NOOP(
            _CTX, "Kommunen und gemeinnützige Träger können die Landesförderung beantragen."))
    return Option(NOT_ALLOWED, QT_TRANSLATE_NOOP(
        _CTX, "Die Landesförderung richtet sich an Kommunen und gemeinnützige Träger, nicht an Unternehmen."))


def _municipal_grant_option(p: OrgProfile) -> Option:
    if is_municipality(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Eigene Haushaltsmittel der Kommune."))
    if is_for_profit(p):
        return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
            _CTX, "Zuschüsse an Unternehmen nur im Rahmen des Beihilferechts (z. B. De-minimis) oder als "
                  "vergebener Auftrag."))
    return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Zuwendung an einen gemeinnützigen oder öffentlichen Träger."))


def _foundation_option(p: OrgProfile) -> Option:
    if is_tax_privileged(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Gemeinnützige und öffentliche Träger sind förderfähig."))
    return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
        _CTX, "Stiftungen fördern in der Regel nur gemeinnützige Träger: nur über einen gemeinnützigen Partner."))


def _donation_option(p: OrgProfile) -> Option:
    if is_tax_privileged(p):
        return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Darf Zuwendungsbestätigungen ausstellen."))
    return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
        _CTX, "Keine Zuwendungsbestätigung möglich: Spenden sind für ein Unternehmen Betriebseinnahmen."))


def _fee_option(p: OrgProfile) -> Option:
    if is_state_body(p):
        return Option(CONDITIONAL, QT_TRANSLATE_NOOP(
            _CTX, "Eine Behörde braucht für Entgelte eine Gebühren- oder Entgeltordnung."))
    return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Kann Entgelte für die Leistung nehmen."))


def _sponsoring_option(p: OrgProfile) -> Option:
    if p.non_profit:
        return Option(ALLOWED, QT_TRANSLATE_NOOP(
            _CTX, "Möglich; die bloße Nennung des Sponsors ist steuerlich unproblematisch, aktive Werbung "
                  "wäre ein wirtschaftlicher Geschäftsbetrieb."))
    return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Sponsoring ist möglich."))


def _housing_option(p: OrgProfile) -> Option:
    return Option(ALLOWED, QT_TRANSLATE_NOOP(
        _CTX, "Wohnungsunternehmen können Leistungen für ihre Mieterschaft bei jedem Träger einkaufen."))


_OPTION_RULES = {
    MITGLIEDSBEITRAEGE: _membership_option,
    ZEITGUTSCHRIFTEN: _time_credit_option,
    STAEDTEBAUFOERDERUNG: _urban_development_option,
    LANDESFOERDERUNG_NRW_QUARTIERE: _state_programme_option,
    KOMMUNALER_ZUSCHUSS: _municipal_grant_option,
    STIFTUNG: _foundation_option,
    SPENDEN: _donation_option,
    ENTGELTE: _fee_option,
    SPONSORING: _sponsoring_option,
    WOHNUNGSWIRTSCHAFT: _housing_option,
}


def source_option(profile: OrgProfile, source: SourceSpec) -> Option:
    """Whether ``profile`` may receive money from ``source``; unknown (user-made) sources go by their flags."""
    if source.requires_recognition:
        return _recognition_option(profile)
    rule = _OPTION_RULES.get(source.key)
    if rule is not None:
        return rule(profile)
    return Option(ALLOWED, QT_TRANSLATE_NOOP(_CTX, "Keine besonderen Voraussetzungen hinterlegt."))


def financing_options(profile: OrgProfile, sources: Iterable[SourceSpec] | None = None) -> dict[str, Option]:
    """Source key → (allowed|conditional|not, reason) for one actor."""
    chosen = default_catalogue() if sources is None else sources
    return {source.key: source_option(profile, source) for source in chosen}
