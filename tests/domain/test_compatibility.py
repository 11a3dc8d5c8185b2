"""Compatibility rules: each rule fires and explains itself in German; verdicts are symmetric; overrides need a
reason; random profiles always get a valid, explained verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.compatibility import (
    ALLOWED,
    BEDINGT,
    CONDITIONAL,
    INKOMPATIBEL,
    KOMPATIBEL,
    LEVELS,
    NOT_ALLOWED,
    OrgProfile,
    apply_override,
    financing_options,
    link_fields,
    matrix,
    pair_verdict,
)
from app.domain.financing_sources import (
    ENTLASTUNGSBETRAG_45B,
    KOMMUNALER_ZUSCHUSS,
    LANDESFOERDERUNG_NRW_QUARTIERE,
    MITGLIEDSBEITRAEGE,
    STAEDTEBAUFOERDERUNG,
    ZEITGUTSCHRIFTEN,
    SourceSpec,
    catalogue_by_key,
    default_catalogue,
)

SOURCES = catalogue_by_key()
KDOER = "Körperschaft des öffentlichen Rechts"

PFLEGEDIENST = OrgProfile("a1", "Pflegedienst Rosenhügel GmbH", "GmbH", "privates Unternehmen")
PFLEGEDIENST_ANERKANNT = OrgProfile("a2", "Alltagshilfe Schalke GmbH", "GmbH", "privates Unternehmen",
                                    recognised_45a=True)
NACHBARSCHAFTSHILFE = OrgProfile("a3", "Nachbarschaftshilfe Schaffrath e.V.", "e.V.", "Verein", non_profit=True,
                                 recognised_45a=True)
CARITAS = OrgProfile("a4", "Caritas-Sozialstation gGmbH", "gGmbH", "Wohlfahrtsverband", non_profit=True)
STADT = OrgProfile("a5", "Stadt – Seniorenbüro", KDOER, "Kommune", public_body=True)
PFARREI = OrgProfile("a6", "Pfarrei St. Urbanus", KDOER, "Kirchengemeinde", non_profit=True, public_body=True)
SENIORENGENOSSENSCHAFT = OrgProfile("a7", "Seniorengenossenschaft Buer eG", "eG", "Genossenschaft",
                                    non_profit=True)
BAECKEREI = OrgProfile("a8", "Bäckerei Kaiser", "Einzelunternehmen", "privates Unternehmen")


def sources(*keys: str) -> list[SourceSpec]:
    return [SOURCES[key] for key in keys]


def looks_german(text: str) -> bool:
    return any(word in text for word in (" und ", " der ", " die ", " nur ", " nicht ", " ist ", " sind "))


# --- one actor, one source ---------------------------------------------------------------------------------


def test_only_recognised_providers_may_bill_the_entlastungsbetrag():
    assert financing_options(NACHBARSCHAFTSHILFE)[ENTLASTUNGSBETRAG_45B].level == ALLOWED
    option = financing_options(PFLEGEDIENST)[ENTLASTUNGSBETRAG_45B]
    assert option.level == CONDITIONAL and "§45a" in option.reason and "Anerkennung" in option.reason


def test_membership_fees_only_for_associations_and_cooperatives():
    assert financing_options(NACHBARSCHAFTSHILFE)[MITGLIEDSBEITRAEGE].level == ALLOWED
    assert financing_options(SENIORENGENOSSENSCHAFT)[MITGLIEDSBEITRAEGE].level == ALLOWED
    for profile in (PFLEGEDIENST, CARITAS, STADT):
        option = financing_options(profile)[MITGLIEDSBEITRAEGE]
        assert option.level == NOT_ALLOWED and "Vereine und Genossenschaften" in option.reason


def test_time_credits_only_in_a_seniorengenossenschaft_or_association():
    assert financing_options(SENIORENGENOSSENSCHAFT)[ZEITGUTSCHRIFTEN].level == ALLOWED
    option = financing_options(BAECKEREI)[ZEITGUTSCHRIFTEN]
    assert option.level == NOT_ALLOWED and "Seniorengenossenschaft" in option.reason


def test_urban_development_money_only_through_the_municipality():
    assert financing_options(STADT)[STAEDTEBAUFOERDERUNG].level == ALLOWED
    option = financing_options(CARITAS)[STAEDTEBAUFOERDERUNG]
    assert option.level == CONDITIONAL and "nur über die Kommune" in option.reason


def test_state_programme_for_municipalities_and_charities_not_companies():
    assert financing_options(CARITAS)[LANDESFOERDERUNG_NRW_QUARTIERE].level == ALLOWED
    assert financing_options(PFLEGEDIENST)[LANDESFOERDERUNG_NRW_QUARTIERE].level == NOT_ALLOWED


def test_a_self_made_source_is_judged_by_its_flags():
    own = SourceSpec(key="quartiersfonds", name="Quartiersfonds")
    assert financing_options(BAECKEREI, [own])["quartiersfonds"].level == ALLOWED
    needs_recognition = SourceSpec(key="landesbudget", name="Landesbudget", requires_recognition=True)
    assert financing_options(BAECKEREI, [needs_recognition])["landesbudget"].level == CONDITIONAL


def test_every_default_source_has_an_answer_with_a_reason():
    for profile in (PFLEGEDIENST, NACHBARSCHAFTSHILFE, CARITAS, STADT, PFARREI, SENIORENGENOSSENSCHAFT):
        options = financing_options(profile)
        assert set(options) == {s.key for s in default_catalogue()}
        assert all(o.level in (ALLOWED, CONDITIONAL, NOT_ALLOWED) and o.reason for o in options.values())


# --- pairs -------------------------------------------------------------------------------------------------


def test_joint_45b_offer_with_a_non_recognised_partner_is_bedingt_and_says_who_may_bill():
    result = pair_verdict(NACHBARSCHAFTSHILFE, CARITAS, sources(ENTLASTUNGSBETRAG_45B))
    assert result.level == BEDINGT
    assert any("Nur Nachbarschaftshilfe Schaffrath e.V. ist nach §45a SGB XI anerkannt" in r for r in result.reasons)


def test_joint_45b_offer_without_any_recognised_partner_is_inkompatibel():
    result = pair_verdict(PFLEGEDIENST, BAECKEREI, sources(ENTLASTUNGSBETRAG_45B))
    assert result.level == INKOMPATIBEL
    assert "Weder" in result.reasons[0] and "anerkannt" in result.reasons[0]


def test_two_recognised_partners_can_both_bill_45b():
    result = pair_verdict(NACHBARSCHAFTSHILFE, PFLEGEDIENST_ANERKANNT, sources(ENTLASTUNGSBETRAG_45B))
    assert any("können beide abrechnen" in r for r in result.reasons)
    assert all("§45a" not in r or "beide" in r for r in result.reasons)


def test_charity_pooling_money_with_a_company_needs_a_cooperation_contract():
    result = pair_verdict(CARITAS, PFLEGEDIENST, [])
    assert result.level == BEDINGT
    assert "Gemeinnützigkeit" in result.reasons[0] and "Kooperationsvertrag" in result.reasons[0]
    assert "Kostenaufteilung" in result.reasons[0]


def test_municipality_cannot_simply_fund_one_company():
    result = pair_verdict(STADT, PFLEGEDIENST, sources(KOMMUNALER_ZUSCHUSS))
    assert result.level == BEDINGT
    assert any("Vergabe- und Beihilferecht" in r and "Pflegedienst Rosenhügel GmbH" in r for r in result.reasons)


def test_church_parish_with_an_association_is_kompatibel_and_says_so():
    result = pair_verdict(PFARREI, NACHBARSCHAFTSHILFE, [])
    assert result.level == KOMPATIBEL
    assert "Kirchengemeinde" in result.reasons[0] and looks_german(result.reasons[0])


def test_church_parish_is_not_treated_as_the_state_under_procurement_law():
    result = pair_verdict(PFARREI, BAECKEREI, [])
    assert not any("Vergabe" in r for r in result.reasons)


def test_urban_development_money_without_the_municipality_is_bedingt():
    without = pair_verdict(CARITAS, NACHBARSCHAFTSHILFE, sources(STAEDTEBAUFOERDERUNG))
    assert without.level == BEDINGT and any("nur über die Kommune" in r for r in without.reasons)
    with_city = pair_verdict(STADT, CARITAS, sources(STAEDTEBAUFOERDERUNG))
    assert with_city.level == KOMPATIBEL


def test_membership_fees_without_an_association_or_cooperative_are_inkompatibel():
    result = pair_verdict(PFLEGEDIENST, CARITAS, sources(MITGLIEDSBEITRAEGE))
    assert result.level == INKOMPATIBEL
    assert result.reasons[0].startswith("Mitgliedsbeiträge: keiner der Partner")


def test_time_credits_need_the_association_and_stay_apart_from_paid_work():
    none = pair_verdict(PFLEGEDIENST, STADT, sources(ZEITGUTSCHRIFTEN))
    assert none.level == INKOMPATIBEL and any("Zeitgutschriften" in r for r in none.reasons)
    mixed = pair_verdict(SENIORENGENOSSENSCHAFT, BAECKEREI, sources(ZEITGUTSCHRIFTEN))
    assert mixed.level == BEDINGT
    assert any("Zeitkonto liegt bei Seniorengenossenschaft Buer eG" in r for r in mixed.reasons)


def test_harmless_pair_is_kompatibel_with_an_explanation():
    result = pair_verdict(NACHBARSCHAFTSHILFE, SENIORENGENOSSENSCHAFT, [])
    assert result.level == KOMPATIBEL and result.reasons and looks_german(result.reasons[0])


def test_problems_are_listed_before_agreements():
    result = pair_verdict(NACHBARSCHAFTSHILFE, PFLEGEDIENST_ANERKANNT,
                          sources(ENTLASTUNGSBETRAG_45B, MITGLIEDSBEITRAEGE))
    assert result.level == BEDINGT
    assert "Gemeinnützigkeit" in result.reasons[0]
    assert "beide abrechnen" in result.reasons[-1]


def test_pair_verdict_is_symmetric_to_the_letter():
    everything = list(default_catalogue())
    for a, b in [(STADT, PFLEGEDIENST), (NACHBARSCHAFTSHILFE, CARITAS), (PFARREI, BAECKEREI)]:
        assert pair_verdict(a, b, everything) == pair_verdict(b, a, list(reversed(everything)))


# --- overrides and the matrix ------------------------------------------------------------------------------


def test_override_needs_a_reason_and_keeps_the_rules_view():
    computed = pair_verdict(PFLEGEDIENST, BAECKEREI, sources(ENTLASTUNGSBETRAG_45B))
    for empty in ("", "   "):
        with pytest.raises(ValueError):
            apply_override(computed, KOMPATIBEL, empty)
    with pytest.raises(ValueError):
        apply_override(computed, "vielleicht", "Grund")
    overridden = apply_override(computed, BEDINGT, "  Anerkennung ist beantragt, Bescheid kommt im März. ")
    assert overridden.level == BEDINGT and overridden.overridden
    assert overridden.computed_level == INKOMPATIBEL
    assert overridden.override_reason == "Anerkennung ist beantragt, Bescheid kommt im März."
    assert overridden.reasons == computed.reasons
    again = apply_override(overridden, KOMPATIBEL, "Bescheid liegt vor.")
    assert again.computed_level == INKOMPATIBEL
    assert link_fields(again) == {
        "compatibility": INKOMPATIBEL,
        "compatibility_reason": "\n".join(computed.reasons),
        "override_verdict": KOMPATIBEL,
        "override_reason": "Bescheid liegt vor.",
    }
    assert link_fields(computed)["override_verdict"] == ""


def test_matrix_covers_every_actor_source_and_pair_once():
    profiles = [PFLEGEDIENST, NACHBARSCHAFTSHILFE, STADT, PFARREI]
    everything = list(default_catalogue())
    result = matrix(profiles, everything)
    assert result.options_frame().shape == (4, len(everything))
    assert result.options_frame().loc["a5", STAEDTEBAUFOERDERUNG] == ALLOWED
    assert len(result.pairs) == 6 and all(a < b for a, b in result.pairs)
    assert result.pairs[("a1", "a5")] == pair_verdict(STADT, PFLEGEDIENST, everything)
    assert list(result.pairs_frame().columns) == ["actor_a", "actor_b", "level", "reasons"]


# --- properties --------------------------------------------------------------------------------------------

LEGAL_FORMS = ["", "e.V.", "gGmbH", "GmbH", "eG", "Einzelunternehmen", KDOER]
KINDS = ["", "privates Unternehmen", "Wohlfahrtsverband", "Kommune", "Wohnungsunternehmen", "Kirchengemeinde",
         "Verein", "Genossenschaft", "Netzwerk"]
profiles = st.builds(
    OrgProfile,
    actor_id=st.text("abc123", min_size=1, max_size=4),
    name=st.sampled_from(["Akteur A", "Akteur B", "Akteur C"]),
    legal_form=st.sampled_from(LEGAL_FORMS),
    kind=st.sampled_from(KINDS),
    non_profit=st.booleans(),
    public_body=st.booleans(),
    recognised_45a=st.booleans(),
)
source_sets = st.lists(st.sampled_from(list(default_catalogue())), unique_by=lambda s: s.key, max_size=6)


@settings(max_examples=200, deadline=None)
@given(profiles, profiles, source_sets)
def test_random_pairs_get_a_valid_level_and_inkompatibel_always_says_why(a, b, chosen):
    result = pair_verdict(a, b, chosen)
    assert result.level in LEVELS
    assert result.reasons and all(reason.strip() for reason in result.reasons)
    if result.level == INKOMPATIBEL:
        assert any("keiner" in r or "Weder" in r for r in result.reasons)


@settings(max_examples=200, deadline=None)
@given(profiles, profiles, source_sets)
def test_random_pairs_are_symmetric(a, b, chosen):
    assert pair_verdict(a, b, chosen) == pair_verdict(b, a, list(reversed(chosen)))


@settings(max_examples=100, deadline=None)
@given(profiles, profiles, source_sets, st.sampled_from(LEVELS), st.text(max_size=5))
def test_override_without_visible_reason_is_always_refused(a, b, chosen, level, reason):
    computed = pair_verdict(a, b, chosen)
    if reason.strip():
        assert apply_override(computed, level, reason).level == level
    else:
        with pytest.raises(ValueError):
            apply_override(computed, level, reason)
