"""Are two actors' organisation and financing models compatible for a joint offer with joint financing?

The rules encode what cooperations in the Quartier trip over when they pool money: only providers recognised
under §45a SGB XI may bill the §45b relief amount, charitable money must not flow into a company, a
municipality cannot simply fund one firm, urban-development money only runs through the municipality, and
membership fees and time credits need an association or cooperative. Every verdict says *why* in German,
because the group decides and the tool only explains. A group may override a verdict, but only with a reason.

Pair verdicts are symmetric: the pair is put into a canonical order (by actor id, then name) before any text
is written, so ``pair_verdict(a, b) == pair_verdict(b, a)`` holds to the letter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import pandas as pd

from .financing_eligibility import (
    ALLOWED,
    CONDITIONAL,
    NOT_ALLOWED,
    Option,
    OrgProfile,
    financing_options,
    is_church,
    is_for_profit,
    is_membership_org,
    is_state_body,
    source_option,
)
from .financing_sources import ZEITGUTSCHRIFTEN, SourceSpec
from .translation_marker import QT_TRANSLATE_NOOP

__all__ = [
    "ALLOWED", "CONDITIONAL", "NOT_ALLOWED", "BEDINGT", "INKOMPATIBEL", "KOMPATIBEL", "LEVELS", "CompatibilityMatrix", "Option", "OrgProfile", "Verdict",
    "apply_override", "financing_options", "link_fields", "matrix", "pair_verdict",
]

_CTX = "Kompatibilitaet"

KOMPATIBEL, BEDINGT, INKOMPATIBEL = "kompatibel", "bedingt", "inkompatibel"
LEVELS = (KOMPATIBEL, BEDINGT, INKOMPATIBEL)  # from best to worst

Finding = tuple[str, str]  # (level, German reason)
PairRule = Callable[[OrgProfile, OrgProfile, Sequence[SourceSpec]], list[Finding]]


@dataclass(frozen=True)
class Verdict:
    level: str
    reasons: list[str] = field(default_factory=list)
    computed_level: str = ""  # the rules' level when a group overrode it, else ""
    override_reason: str = ""

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


def _worst(levels: Iterable[str]) -> str:
    return max(levels, key=LEVELS.index, default=KOMPATIBEL)


def _pick(a: OrgProfile, b: OrgProfile, test: Callable[[OrgProfile], bool]) -> tuple[OrgProfile, OrgProfile] | None:
    """(the one that passes ``test``, the other) if exactly one of them passes, else None."""
    if test(a) and not test(b):
        return a, b
    if test(b) and not test(a):
        return b, a
    return None


def _recognition_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    findings: list[Finding] = []
    for source in (s for s in sources if s.requires_recognition):
        one = _pick(a, b, lambda p: p.recognised_45a)
        if a.recognised_45a and b.recognised_45a:
            findings.append((KOMPATIBEL, QT_TRANSLATE_NOOP(
                _CTX, "{source}: {a} und {b} sind nach §45a SGB XI anerkannt und können beide abrechnen."
            ).format(source=source.name, a=a.name, b=b.name)))
        elif one is None:
            findings.append((INKOMPATIBEL, QT_TRANSLATE_NOOP(
                _CTX, "{source}: Weder {a} noch {b} ist als Angebot zur Unterstützung im Alltag nach §45a "
                      "SGB XI anerkannt. Solange keine Anerkennung vorliegt, kann das gemeinsame Angebot "
                      "darüber nicht abgerechnet werden."
            ).format(source=source.name, a=a.name, b=b.name)))
        else:
            recognised, other = one
            findings.append((BEDINGT, QT_TRANSLATE_NOOP(
                _CTX, "{source}: Nur {yes} ist nach §45a SGB XI anerkannt. Abrechnen darf nur {yes}; "
                      "Leistungen von {no} zählen erst, wenn {no} selbst anerkannt ist oder sie unter der "
                      "Anerkennung von {yes} erbringt (Landesrecht prüfen)."
            ).format(source=source.name, yes=recognised.name, no=other.name)))
    return findings


def _non_profit_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    mixed = _pick(a, b, lambda p: p.non_profit)
    if mixed is None or not is_for_profit(mixed[1]):
        return []
    charity, company = mixed
    return [(BEDINGT, QT_TRANSLATE_NOOP(
        _CTX, "Gemeinnützigkeit: {np} ist gemeinnützig, {fp} ist gewerblich. Gemeinnützige Mittel dürfen "
              "dem Unternehmen nicht zugutekommen (Mittelbindung); nötig ist ein Kooperationsvertrag mit "
              "klarer Kostenaufteilung und Verrechnung der Leistungen zu Marktpreisen."
    ).format(np=charity.name, fp=company.name))]


def _public_private_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    pair = _pick(a, b, is_state_body)
    if pair is None or not is_for_profit(pair[1]):
        return []
    authority, company = pair
    return [(BEDINGT, QT_TRANSLATE_NOOP(
        _CTX, "Vergabe- und Beihilferecht: {pub} kann nicht einfach ein einzelnes Unternehmen wie {firm} "
              "finanzieren. Leistungen sind als Auftrag zu vergeben (ggf. auszuschreiben), Zuschüsse nur im "
              "Rahmen des Beihilferechts (z. B. De-minimis) möglich."
    ).format(pub=authority.name, firm=company.name))]


def _church_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    pair = _pick(a, b, is_church)
    if pair is None or not (is_membership_org(pair[1]) or pair[1].non_profit):
        return []
    parish, partner = pair
    return [(KOMPATIBEL, QT_TRANSLATE_NOOP(
        _CTX, "{church} (Kirchengemeinde) und {partner} passen als Träger zusammen: Kirchengemeinden arbeiten "
              "üblicherweise mit Vereinen und gemeinnützigen Trägern; eine Kooperationsvereinbarung regelt "
              "Räume und Kosten."
    ).format(church=parish.name, partner=partner.name))]


def _sources_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    """A joint source must be receivable by at least one partner; recognition has its own rule above."""
    findings: list[Finding] = []
    for source in (s for s in sources if not s.requires_recognition):
        option_a, option_b = source_option(a, source), source_option(b, source)
        if ALLOWED in (option_a.level, option_b.level):
            continue
        if CONDITIONAL in (option_a.level, option_b.level):
            who, option = (a, option_a) if option_a.level == CONDITIONAL else (b, option_b)
            findings.append((BEDINGT, QT_TRANSLATE_NOOP(_CTX, "{source}: nur unter Bedingungen – {who}: {why}")
                             .format(source=source.name, who=who.name, why=option.reason)))
        elif option_a.reason == option_b.reason:
            findings.append((INKOMPATIBEL, QT_TRANSLATE_NOOP(
                _CTX, "{source}: keiner der Partner kann diese Mittel erhalten – {why}"
            ).format(source=source.name, why=option_a.reason)))
        else:
            findings.append((INKOMPATIBEL, QT_TRANSLATE_NOOP(
                _CTX, "{source}: keiner der Partner kann diese Mittel erhalten – {a}: {why_a} {b}: {why_b}"
            ).format(source=source.name, a=a.name, why_a=option_a.reason, b=b.name, why_b=option_b.reason)))
    return findings


def _time_credit_rule(a: OrgProfile, b: OrgProfile, sources: Sequence[SourceSpec]) -> list[Finding]:
    if not any(s.key == ZEITGUTSCHRIFTEN for s in sources):
        return []
    pair = _pick(a, b, is_membership_org)
    if pair is None or not is_for_profit(pair[1]):
        return []
    keeper, company = pair
    return [(BEDINGT, QT_TRANSLATE_NOOP(
        _CTX, "Zeitgutschriften: Das Zeitkonto liegt bei {club}; für gewerbliche Leistungen von {firm} taugen "
              "Zeitgutschriften nicht als Bezahlung; ehrenamtliche und bezahlte Leistungen sind klar zu trennen."
    ).format(club=keeper.name, firm=company.name))]


PAIR_RULES: tuple[PairRule, ...] = (
    _recognition_rule,
    _non_profit_rule,
    _public_private_rule,
    _church_rule,
    _sources_rule,
    _time_credit_rule,
)


def _canonical(a: OrgProfile, b: OrgProfile) -> tuple[OrgProfile, OrgProfile]:
    key_a, key_b = (a.actor_id, a.name, repr(a)), (b.actor_id, b.name, repr(b))
    return (a, b) if key_a <= key_b else (b, a)


def pair_verdict(a: OrgProfile, b: OrgProfile, sources: Iterable[SourceSpec] = ()) -> Verdict:
    """Verdict for ``a`` and ``b`` offering something together, financed jointly from ``sources``."""
    first, second = _canonical(a, b)
    chosen = sorted(sources, key=lambda s: s.key)
    findings = [finding for rule in PAIR_RULES for finding in rule(first, second, chosen)]
    if not findings:
        findings = [(KOMPATIBEL, QT_TRANSLATE_NOOP(
            _CTX, "Keine der hinterlegten Regeln spricht gegen die Zusammenarbeit."))]
    level = _worst(level for level, _ in findings)
    # Problems first, worst first; the order inside one level is the rules' order.
    ordered = sorted(findings, key=lambda f: -LEVELS.index(f[0]))
    return Verdict(level=level, reasons=[reason for _, reason in ordered])


def apply_override(verdict: Verdict, level: str, reason: str) -> Verdict:
    """The group's own decision; refused without a written reason, and the rules' reasons stay visible."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")
    if not reason or not reason.strip():
        raise ValueError("an override needs a reason")
    return Verdict(
        level=level,
        reasons=list(verdict.reasons),
        computed_level=verdict.computed_level or verdict.level,
        override_reason=reason.strip(),
    )


def link_fields(verdict: Verdict) -> dict[str, str]:
    """The verdict as the cooperation link stores it (compatibility, reason, override verdict and reason)."""
    return {
        "compatibility": verdict.computed_level or verdict.level,
        "compatibility_reason": "\n".join(verdict.reasons),
        "override_verdict": verdict.level if verdict.overridden else "",
        "override_reason": verdict.override_reason,
    }


@dataclass(frozen=True)
class CompatibilityMatrix:
    options: dict[str, dict[str, Option]]  # actor id → source key → option
    pairs: dict[tuple[str, str], Verdict]  # (smaller actor id, larger actor id) → verdict

    def options_frame(self) -> pd.DataFrame:
        """Actors × sources, cells are option levels (allowed/conditional/not)."""
        return pd.DataFrame(
            {actor: {key: option.level for key, option in row.items()} for actor, row in self.options.items()}
        ).T

    def pairs_frame(self) -> pd.DataFrame:
        rows = [
            {"actor_a": a, "actor_b": b, "level": v.level, "reasons": "\n".join(v.reasons)}
            for (a, b), v in self.pairs.items()
        ]
        return pd.DataFrame(rows, columns=["actor_a", "actor_b", "level", "reasons"])


def matrix(profiles: Sequence[OrgProfile], sources: Sequence[SourceSpec]) -> CompatibilityMatrix:
    """Every actor against every source, and every pair of actors financing something from ``sources``."""
    options = {p.actor_id: financing_options(p, sources) for p in profiles}
    pairs: dict[tuple[str, str], Verdict] = {}
    for a, b in combinations(profiles, 2):
        first, second = _canonical(a, b)
        pairs[(first.actor_id, second.actor_id)] = pair_verdict(first, second, sources)
    return CompatibilityMatrix(options=options, pairs=pairs)

