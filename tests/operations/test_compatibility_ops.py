"""Compatibility of actor pairs from their records, and the group's override kept on the cooperation link."""

from __future__ import annotations

import pytest

from app.operations import actors_ops, compatibility_ops, cooperation_ops
from app.operations.actors_ops import ActorForm
from app.operations.errors import OperationRefused

SOURCES = ["entlastungsbetrag_45b"]


def test_pair_verdicts_use_the_actor_records_and_scopes(ws):
    a = actors_ops.save_actor(ws, ActorForm(name="Alltagshilfe", legal_form="gGmbH", non_profit=True,
                                            recognised_45a=True, key_partner=True))
    b = actors_ops.save_actor(ws, ActorForm(name="Bürgerverein", kind="Verein", legal_form="e.V.",
                                            non_profit=True, recognised_45a=True, key_partner=True))
    actors_ops.save_actor(ws, ActorForm(name="Kiosk", kind="privates Unternehmen"))
    assert compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES) == []  # no links yet
    rows = compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES, scope="key_partners")
    assert [(r.actor_a, r.actor_b, r.level) for r in rows] == [("Alltagshilfe", "Bürgerverein", "kompatibel")]
    assert len(compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES, scope="all")) == 3
    cooperation_ops.add_link(ws, a, b, link_type="Schnittstelle")
    assert len(compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES)) == 1


def test_override_needs_a_reason_creates_a_link_when_missing_and_can_be_cleared(ws):
    a = actors_ops.save_actor(ws, ActorForm(name="Kiosk", kind="privates Unternehmen"))
    b = actors_ops.save_actor(ws, ActorForm(name="Stadtteilbüro", kind="Kommune", public_body=True))
    with pytest.raises(OperationRefused, match="Begründung"):
        compatibility_ops.override_verdict(ws, a, b, level="kompatibel", reason="  ", source_keys=SOURCES)
    assert cooperation_ops.list_links(ws) == []
    link_id = compatibility_ops.override_verdict(ws, a, b, level="bedingt", reason="Auftrag wird ausgeschrieben",
                                                 source_keys=SOURCES)
    (link,) = cooperation_ops.list_links(ws)
    assert link.id == link_id and link.link_type == "gemeinsame Finanzierung" and link.status == "potenziell"
    assert (link.compatibility, link.override_verdict) == ("inkompatibel", "bedingt")
    assert "§45a" in link.compatibility_reason
    (row,) = compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES)
    assert (row.level, row.computed_level, row.override_reason) == ("bedingt", "inkompatibel",
                                                                   "Auftrag wird ausgeschrieben")
    compatibility_ops.clear_override(ws, link_id)
    (row,) = compatibility_ops.compatibility_pairs(ws, source_keys=SOURCES)
    assert row.level == "inkompatibel" and row.override_reason == ""
