"""Cards and comments of the demo's Kooperationsmodell and Finanzierungsmodell "Einkaufsbegleitung".

Each card names the stakeholder group of its author (B Bürger*innen, D Dienstleister, K kommunale Akteure,
V Vereine/Netzwerke, M Moderation) so results can be compared by group.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardSpec:
    key: str
    block: str
    text: str
    group: str
    amount_cents: int | None = None
    period: str = ""
    actors: tuple[str, ...] = ()
    cluster: str = ""
    optional: bool = False


MODEL_TITLE = "Einkaufsbegleitung im Quartier"
MODEL_DESCRIPTION = ("Ehrenamtliche und Fachkräfte begleiten ältere Menschen zum Einkaufen in die Geschäfte an der "
                     "Schaffrather Straße; das Quartiersbüro vermittelt und koordiniert.")

CLUSTERS = {
    "vor_ort": ("schluesselpartner", "Partner an der Einkaufsstraße", "#ffd8a8"),
    "selbststaendig": ("wertangebot", "Selbstständig und sicher", "#d0bfff"),
}

KOOPERATION_CARDS = (
    CardSpec("p_nachbarschaftshilfe", "schluesselpartner",
             "Nachbarschaftshilfe stellt ehrenamtliche Begleiter*innen", "V", actors=("nachbarschaftshilfe",)),
    CardSpec("p_frischemarkt", "schluesselpartner", "Frischemarkt: feste Einkaufszeiten mit Sitzplätzen", "D",
             actors=("supermarkt",), cluster="vor_ort"),
    CardSpec("p_baeckerei", "schluesselpartner", "Bäckerei und Gemüseladen als Treffpunkt und Zwischenstopp", "D",
             actors=("baeckerei", "gemuese"), cluster="vor_ort"),
    CardSpec("p_apotheke", "schluesselpartner", "Apotheke legt Medikamente für die Begleiteten bereit", "D",
             actors=("apotheke",), cluster="vor_ort", optional=True),
    CardSpec("p_pflegedienst", "schluesselpartner", "Ambulanter Pflegedienst meldet Kund*innen mit Bedarf", "D",
             actors=("pflegedienst",)),
    CardSpec("p_genossenschaft", "schluesselpartner", "Wohnungsgenossenschaft stellt Raum für das Quartiersbüro",
             "K", actors=("wohnungsgenossenschaft",)),
    CardSpec("p_kirchen", "schluesselpartner", "Kirchengemeinden werben im Gemeindebrief um Ehrenamtliche", "V",
             actors=("ev_kirche", "kath_kirche"), optional=True),
    CardSpec("p_buergerbus", "schluesselpartner", "Bürgerbus für die Rückfahrt mit schweren Einkäufen", "V",
             actors=("buergerbus",)),
    CardSpec("a_vermitteln", "schluesselaktivitaeten", "Begleitungen vermitteln und Einsatzplan führen", "K"),
    CardSpec("a_schulen", "schluesselaktivitaeten", "Ehrenamtliche schulen: Erste Hilfe, Umgang mit Demenz", "V"),
    CardSpec("a_abrechnung", "schluesselaktivitaeten", "Abrechnung mit der Pflegekasse nach §45b", "D"),
    CardSpec("a_austausch", "schluesselaktivitaeten", "Monatliches Treffen der Begleiter*innen", "V", optional=True),
    CardSpec("r_buero", "schluesselressourcen", "Quartiersbüro mit Telefon und fester Sprechzeit", "K"),
    CardSpec("r_pool", "schluesselressourcen", "Pool von 12 ehrenamtlichen Begleiter*innen", "V"),
    CardSpec("r_trolleys", "schluesselressourcen", "Einkaufstrolleys, die sich an den Rollator hängen lassen", "B",
             optional=True),
    CardSpec("r_tablet", "schluesselressourcen", "Einsatzplanung auf dem Tablet im Quartiersbüro", "M",
             optional=True),
    CardSpec("w_selbst", "wertangebot", "Selbst aussuchen statt beliefert werden – Selbstständigkeit bleibt", "B",
             cluster="selbststaendig"),
    CardSpec("w_sicherheit", "wertangebot", "Sicher unterwegs: niemand trägt die Tüten allein", "B",
             cluster="selbststaendig"),
    CardSpec("w_einsamkeit", "wertangebot", "Kontakte und Gespräche gegen Einsamkeit", "B"),
    CardSpec("w_angehoerige", "wertangebot", "Entlastung für pflegende Angehörige", "B"),
    CardSpec("w_kundschaft", "wertangebot", "Mehr Stammkundschaft für die Geschäfte im Quartier", "D"),
    CardSpec("w_pflege_entlastet", "wertangebot", "Pflegefachkräfte werden von Einkaufsfahrten entlastet", "D"),
    CardSpec("k_feste_person", "kundenbeziehungen", "Feste Begleitperson – Vertrauen wächst mit der Zeit", "B"),
    CardSpec("k_erstbesuch", "kundenbeziehungen", "Erstbesuch zu Hause vor der ersten Begleitung", "K"),
    CardSpec("k_erinnerung", "kundenbeziehungen", "Anruf am Vortag als Erinnerung", "B", optional=True),
    CardSpec("c_aushang", "kanaele", "Aushang in Bäckerei, Apotheke und Hausarztpraxis", "D"),
    CardSpec("c_gemeindebrief", "kanaele", "Gemeindebrief und Stadtteilzeitung", "V", optional=True),
    CardSpec("c_pflegedienst", "kanaele", "Hinweis durch den Pflegedienst beim Hausbesuch", "D"),
    CardSpec("c_fruehstueck", "kanaele", "Infotisch beim Seniorenfrühstück in der Begegnungsstätte", "B",
             optional=True),
    CardSpec("z_allein", "zielgruppen", "Alleinlebende Ältere ohne Auto", "K"),
    CardSpec("z_pflegegrad", "zielgruppen", "Menschen mit Pflegegrad 1–3, die zu Hause leben", "D"),
    CardSpec("z_rollator", "zielgruppen", "Menschen mit Rollator oder nach einem Sturz", "B"),
    CardSpec("z_angehoerige", "zielgruppen", "Pflegende Angehörige, die Zeit für sich brauchen", "B",
             optional=True),
    CardSpec("kost_koordination", "kostenstruktur", "Koordination: halbe Stelle", "K", 290_000, "month"),
    CardSpec("kost_raum", "kostenstruktur", "Raummiete und Nebenkosten Quartiersbüro", "K", 45_000, "month"),
    CardSpec("kost_versicherung", "kostenstruktur", "Haftpflicht- und Unfallversicherung", "V", 90_000, "year"),
    CardSpec("kost_ehrenamt", "kostenstruktur", "Aufwandsentschädigungen für Ehrenamtliche", "V", 72_000, "month"),
    CardSpec("kost_schulung", "kostenstruktur", "Schulungen nach Landesrecht", "V", 150_000, "year", optional=True),
    CardSpec("e_45b", "einnahmen_finanzierung", "Entlastungsbetrag §45b: 131 € pro Person und Monat", "D",
             13_100, "month"),
    CardSpec("e_land", "einnahmen_finanzierung", "Landesförderung altengerechte Quartiere, drei Jahre", "K",
             4_000_000, "year"),
    CardSpec("e_eigenanteil", "einnahmen_finanzierung", "Eigenanteil der Nutzenden", "D", 1_500, "month"),
    CardSpec("e_sponsoring", "einnahmen_finanzierung", "Sponsoring der Geschäfte an der Schaffrather Straße", "D",
             120_000, "year", optional=True),
)

#: Version 2: what changed after the provider conference and the workshop.
V2_REMOVED = ("r_trolleys", "e_sponsoring", "r_tablet", "k_erinnerung", "z_rollator")  # first two present
V2_CHANGED = {
    "a_vermitteln": "Begleitungen vermitteln und Einsatzplan führen – dienstags und freitags",
    "kost_koordination": "Koordination: halbe Stelle, ab Jahr 4 über Umlage der Partner",
    "e_eigenanteil": "Eigenanteil der Nutzenden – entfällt mit Sozialausweis",
}
V2_ADDED = (
    CardSpec("w_lieferung", "wertangebot", "Lieferung nach Hause, wenn keine Begleitung möglich ist", "B"),
    CardSpec("c_telefon", "kanaele", "Telefonische Bestellung beim Frischemarkt", "D", actors=("supermarkt",)),
    CardSpec("e_umlage", "einnahmen_finanzierung", "Umlage der Partner ab Jahr 4", "K", 60_000, "month"),
)

FINANZ_TITLE = "Finanzierung der Einkaufsbegleitung"
FINANZ_CARDS = (
    CardSpec("f_leistung", "leistung", "Einkaufsbegleitung zweimal pro Woche, je etwa zwei Stunden", "K"),
    CardSpec("f_vermittlung", "leistung", "Vermittlung und Einsatzplanung im Quartiersbüro", "K"),
    CardSpec("f_nutzende", "nutzende", "Etwa 30 Menschen mit Pflegegrad im Quartier", "D"),
    CardSpec("f_selbstzahler", "nutzende", "Etwa 10 Selbstzahlende ohne Pflegegrad", "B"),
    CardSpec("f_traeger", "traeger_rechtsform", "Nachbarschaftshilfe Schaffrath e.V. als Träger", "V",
             actors=("nachbarschaftshilfe",)),
    CardSpec("f_alternative", "traeger_rechtsform", "Alternative: Seniorengenossenschaft (e.V.)", "V",
             actors=("seniorengenossenschaft",)),
    CardSpec("f_45a", "anerkennung_voraussetzungen", "Anerkennung als Angebot zur Unterstützung im Alltag (§45a)",
             "D"),
    CardSpec("f_schulung", "anerkennung_voraussetzungen", "30 Stunden Schulung für die Helfer*innen", "V"),
    CardSpec("f_q45b", "finanzierungsquellen", "§45b: 30 × 131 € im Monat", "D", 393_000, "month"),
    CardSpec("f_qland", "finanzierungsquellen", "Landesförderung: 40.000 € im Jahr, drei Jahre", "K", 4_000_000,
             "year"),
    CardSpec("f_qentgelt", "finanzierungsquellen", "Entgelt 15 € im Monat für Selbstzahlende", "D", 15_000,
             "month"),
    CardSpec("f_kpersonal", "kosten", "Koordination halbe Stelle", "K", 290_000, "month"),
    CardSpec("f_kraum", "kosten", "Räume", "K", 45_000, "month"),
    CardSpec("f_kversicherung", "kosten", "Versicherung", "V", 90_000, "year"),
    CardSpec("f_kehrenamt", "kosten", "Aufwandsentschädigungen", "V", 72_000, "month"),
    CardSpec("f_risiko_ende", "risiken", "Die Landesförderung endet nach drei Jahren", "K"),
    CardSpec("f_risiko_sommer", "risiken", "Zu wenige Ehrenamtliche in den Sommerferien", "V"),
    CardSpec("f_umlage", "verstetigung", "Umlage der Partner ab Jahr 4", "D"),
    CardSpec("f_kommune", "verstetigung", "Kommune prüft einen Zuschuss im Haushalt 2028", "K"),
)

#: The cards voted on in both rounds (the same cards, so the two events can be compared).
VOTE_CARDS = ("w_selbst", "w_sicherheit", "w_einsamkeit", "w_angehoerige", "w_kundschaft", "w_pflege_entlastet",
              "k_feste_person", "k_erstbesuch", "a_vermitteln", "a_schulen")
#: how much each group likes each voted card (relative weights for the simulated dots)
PREFERENCES = {
    "B": {"w_selbst": 6, "w_sicherheit": 5, "w_einsamkeit": 4, "k_feste_person": 4, "w_angehoerige": 2},
    "D": {"w_kundschaft": 6, "w_pflege_entlastet": 5, "a_vermitteln": 3, "w_selbst": 2, "a_schulen": 2},
    "K": {"w_einsamkeit": 5, "a_vermitteln": 4, "k_erstbesuch": 3, "w_angehoerige": 3, "w_selbst": 2},
    "V": {"a_schulen": 5, "w_einsamkeit": 4, "k_feste_person": 3, "w_sicherheit": 2},
}


@dataclass(frozen=True)
class CommentSpec:
    card: str  # card key, "block:<key>", "canvas" or "session"
    text: str
    stance: str
    group: str
    elsi: tuple[str, ...] = ()
    barrier: str = ""  # barrier status when it is an implementation barrier
    measure: str = ""
    anonymous: bool = False
    replies: tuple[tuple[str, str, str], ...] = ()  # (text, stance, group)


COMMENTS = (
    CommentSpec("a_abrechnung", "Ohne Anerkennung nach §45a kann niemand über den Entlastungsbetrag abrechnen.",
                "Frage", "D", ("rechtlich",), "in Bearbeitung",
                "Antrag auf Anerkennung der Nachbarschaftshilfe stellen; Schulung nach Landesverordnung anbieten.",
                replies=(("Die Schulung mit 30 Stunden bieten wir im Mai an.", "Idee", "V"),)),
    CommentSpec("kost_versicherung", "Wer haftet, wenn jemand beim Einkaufen stürzt?", "Frage", "B",
                ("rechtlich", "ethisch"), "offen",
                "Sammelversicherung über die Stadt prüfen; Ehrenamtsversicherung des Landes klären.",
                replies=(("Die Ehrenamtsversicherung greift nachrangig – das klären wir mit dem Versicherer.",
                          "neutral", "K"),)),
    CommentSpec("kost_koordination", "Nach drei Jahren ist die Förderung weg – wer bezahlt dann die Koordination?",
                "dagegen", "D", ("sozial",), "offen",
                "Umlage der Partner und einen kommunalen Zuschuss im Koordinierungskreis verhandeln."),
    CommentSpec("w_selbst", "Genau das ist mir wichtig: Ich will selbst aussuchen, was ich kaufe.", "dafür", "B",
                ("ethisch",)),
    CommentSpec("w_kundschaft", "Für uns lohnt es sich, wenn die Einkäufe vormittags in ruhigen Zeiten sind.",
                "neutral", "D"),
    CommentSpec("w_pflege_entlastet", "Wir haben kaum Personal für Hauswirtschaft – jede Entlastung hilft.",
                "dafür", "D"),
    CommentSpec("k_feste_person", "Was die Begleiter*innen über Gesundheit und Gewohnheiten erfahren, muss "
                "vertraulich bleiben.", "Frage", "K", ("rechtlich", "ethisch"), "überwunden",
                "Schweigepflichterklärung für alle Begleiter*innen und schriftliche Einwilligung der Begleiteten."),
    CommentSpec("w_einsamkeit", "Viele gehen gar nicht mehr raus, weil sie niemanden haben. Das ist das "
                "Wichtigste.", "dafür", "B", ("sozial",),
                replies=(("Das erleben wir in der Begegnungsstätte jeden Tag.", "dafür", "V"),
                         ("Dann sollte das auch im Flyer ganz oben stehen.", "Idee", "B"))),
    CommentSpec("e_eigenanteil", "15 Euro im Monat sind für manche mit kleiner Rente zu viel.", "dagegen", "B",
                ("sozial", "ethisch"), anonymous=True,
                replies=(("Vorschlag: Der Eigenanteil entfällt mit Sozialausweis.", "Idee", "K"),)),
    CommentSpec("c_aushang", "Aushänge lesen viele nicht – besser, wenn die Hausärztin es direkt empfiehlt.",
                "Idee", "B"),
    CommentSpec("p_buergerbus", "Der Bürgerbus fährt samstags nicht.", "Frage", "B"),
    CommentSpec("e_sponsoring", "Sponsoring darf nicht heißen, dass nur bei den Sponsoren eingekauft wird.",
                "neutral", "K", ("ethisch",)),
    CommentSpec("z_pflegegrad", "Und die Menschen ohne Pflegegrad? Die brauchen auch Hilfe.", "Frage", "B",
                ("sozial",)),
    CommentSpec("r_pool", "Zwölf Ehrenamtliche reichen nicht für zwei Tage pro Woche.", "dagegen", "V", (),
                "offen", "Gemeinsame Werbeaktion mit Kirchengemeinden und Sportverein."),
    CommentSpec("e_land", "Der Antrag muss bis Ende Juni bei der Bezirksregierung sein.", "neutral", "K",
                ("rechtlich",)),
    CommentSpec("r_tablet", "Nicht alle kommen mit dem Tablet zurecht; es braucht auch eine Papierliste.", "Idee",
                "V", ("sozial",)),
    CommentSpec("block:zielgruppen", "Menschen mit Migrationsgeschichte gezielt ansprechen – Flyer auch auf "
                "Türkisch und Polnisch.", "Idee", "K", ("sozial",)),
    CommentSpec("canvas", "Gutes Modell, aber die Rolle der Stadt ist noch unklar.", "neutral", "V"),
    CommentSpec("session", "Schöne Atmosphäre, aber zu wenig Zeit für die Diskussion.", "neutral", "B",
                anonymous=True),
)
