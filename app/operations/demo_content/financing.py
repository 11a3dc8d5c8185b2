"""Demo financing model "Einkaufsbegleitung" and the evaluation of the Kooperationsmodell in everyday use.

The numbers tell the story every Quartier knows: with the three-year state grant the offer carries itself, after
it ends the §45b income and the fees fall just short of the costs.
"""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.financing_sources import ENTGELTE, ENTLASTUNGSBETRAG_45B, LANDESFOERDERUNG_NRW_QUARTIERE
from app.store.models import CostLine, EvaluationCriterion, FinancingModel, Measurement, RevenueLine
from app.store.models.base import BUILTIN_NAMESPACE_SOURCES

from .builder import DemoBuilder


def source_id(key: str) -> str:
    return str(uuid.uuid5(BUILTIN_NAMESPACE_SOURCES, key))


def build_financing(b: DemoBuilder) -> None:
    model = b.add(FinancingModel(
        canvas_id=b.refs["finanz_canvas"].id, title="Einkaufsbegleitung", start_date=date(2025, 7, 1),
        horizon_months=60,
        notes="Träger: Nachbarschaftshilfe Schaffrath e.V.; Koordination im Quartiersbüro. Die Landesförderung "
              "endet nach 36 Monaten – ab Jahr 4 muss sich das Angebot selbst tragen."))
    b.s.flush()
    clients = 30
    revenues = (
        dict(source_id=source_id(ENTLASTUNGSBETRAG_45B), label="Entlastungsbetrag §45b SGB XI",
             amount_cents=13_100, unit="per_client_month", clients=clients, uptake_pct=100.0,
             certainty="wahrscheinlich", public=True),
        dict(source_id=source_id(ENTGELTE), label="Entgelte der Selbstzahlenden", amount_cents=1_500,
             unit="per_client_month", clients=10 + b.rng.randint(-2, 2), uptake_pct=80.0, certainty="offen"),
        dict(source_id=source_id(LANDESFOERDERUNG_NRW_QUARTIERE),
             label="Landesförderung NRW „Entwicklung altengerechter Quartiere“", amount_cents=4_000_000,
             unit="per_year", start_month=1, end_month=36, certainty="sicher", temporary=True, public=True),
    )
    for pos, line in enumerate(revenues):
        b.add(RevenueLine(model_id=model.id, position=pos, **line))
    costs = (
        ("Koordination", "Koordination, halbe Stelle (TV-L E9)", 290_000, "per_month"),
        ("Räume", "Raummiete und Nebenkosten Quartiersbüro", 45_000, "per_month"),
        ("Versicherung", "Haftpflicht- und Unfallversicherung der Ehrenamtlichen", 90_000, "per_year"),
        ("Ehrenamtspauschalen", "Aufwandsentschädigungen für 12 Begleiter*innen", 72_000, "per_month"),
        ("Sonstiges", "Schulungen und Material", 150_000, "per_year"),
    )
    for pos, (kind, label, cents, unit) in enumerate(costs):
        b.add(CostLine(model_id=model.id, kind=kind, label=label, amount_cents=cents, unit=unit, position=pos))
    b.refs["financing_model"] = model
    _evaluation(b)
    b.s.flush()


def _evaluation(b: DemoBuilder) -> None:
    v1 = b.refs["v1"]
    criteria = (
        ("Begleitete Einkäufe pro Monat", "Einkäufe", 120.0, True, (48.0, 71.0)),
        ("Zufriedenheit der Begleiteten", "Note 1–5", 4.0, True, (4.2, 4.4)),
        ("Aktive ehrenamtliche Begleiter*innen", "Personen", 12.0, True, (7.0, 9.0)),
        ("Wartezeit bis zur ersten Begleitung", "Tage", 7.0, False, (16.0, 11.0)),
    )
    for pos, (name, unit, target, higher, values) in enumerate(criteria):
        crit = b.add(EvaluationCriterion(canvas_id=v1.id, name=name, unit=unit, target_value=target,
                                         higher_is_better=higher, position=pos))
        b.s.flush()
        for when, value, canvas in ((date(2025, 2, 28), values[0], v1), (date(2025, 3, 31), values[1], v1)):
            jitter = b.rng.choice((-1.0, 0.0, 1.0)) if unit != "Note 1–5" else 0.0
            b.add(Measurement(criterion_id=crit.id, canvas_id=canvas.id, measured_on=when, value=value + jitter,
                              source=b.pick(("Einsatzliste Quartiersbüro", "Befragung der Begleiteten",
                                             "Auswertung im Koordinierungskreis")),
                              note=""))
