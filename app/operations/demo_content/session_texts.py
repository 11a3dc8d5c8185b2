"""Events of the demo: a provider conference, a citizen workshop (running), a planned coordination meeting."""

from __future__ import annotations

from datetime import date

PHASES = (("Ankommen", 15), ("Sammeln", 30), ("Clustern", 20), ("Bewerten", 15), ("Diskutieren", 30),
          ("Abschluss", 10))

DLK_DATE = date(2025, 3, 12)
WORKSHOP_DATE = date(2025, 4, 9)
KOORDINATION_DATE = date(2025, 5, 14)

# key, title, kind, date, start, place, status, notes
SESSIONS = (
    ("dlk", "2. Dienstleisterkonferenz Schaffrath: Einkaufsbegleitung im Quartier", "Dienstleisterkonferenz",
     DLK_DATE, "15:00", "AWO-Begegnungsstätte Schaffrath, Großer Saal", "abgeschlossen",
     "Anbieter, Vereine und Stadt entwickeln ein gemeinsames Angebot zur Einkaufsbegleitung. "
     "Kaffee und Kuchen spendet die Bäckerei."),
    ("workshop", "Bürgerworkshop: Einkaufen und Versorgung im Alter", "Bürgerworkshop", WORKSHOP_DATE, "14:30",
     "Gemeindehaus der Ev. Kirchengemeinde, Kirchstraße", "laufend",
     "Ältere Bürger*innen bewerten das Modell aus der Dienstleisterkonferenz. Großdruck-Karten liegen aus, "
     "Abstimmung auch auf Papier möglich."),
    ("koordination", "Koordinierungskreis: Modell Einkaufsbegleitung weiterentwickeln", "Koordinierungstreffen",
     KOORDINATION_DATE, "17:00", "Stadtteilbüro Schaffrath", "geplant",
     "Version 2 des Kooperationsmodells und das Finanzierungsmodell besprechen."),
)

# session key -> [(kind, text, owner, due date or None)]
SESSION_ITEMS = {
    "dlk": (
        ("decision", "Die Einkaufsbegleitung wird als gemeinsames Angebot von Nachbarschaftshilfe, Frischemarkt "
                     "und ambulantem Pflegedienst erprobt.", "", None),
        ("decision", "Das Quartiersbüro vermittelt die Begleitungen und führt den Einsatzplan; die Größe einer "
                     "Begleitgruppe bleibt bei höchstens drei Personen.", "", None),
        ("next_step", "Anerkennung der Nachbarschaftshilfe als Angebot zur Unterstützung im Alltag (§45a) "
                      "beantragen.", "Nachbarschaftshilfe", date(2025, 4, 30)),
        ("next_step", "Bürgerworkshop vorbereiten und im Gemeindebrief einladen.", "Stadtteilbüro",
         date(2025, 3, 28)),
        ("next_step", "Versicherungsschutz der Ehrenamtlichen klären.", "Seniorenbüro", date(2025, 4, 15)),
        ("open_question", "Wer haftet bei einem Sturz während der Begleitung?", "", None),
        ("open_question", "Wie wird die Koordination bezahlt, wenn die Landesförderung nach drei Jahren endet?",
         "", None),
    ),
    "workshop": (
        ("decision", "Begleitungen zweimal pro Woche, dienstags und freitags vormittags.", "", None),
        ("next_step", "Flyer in Großdruck, auch auf Türkisch und Polnisch.", "Stadtteilbüro", date(2025, 5, 9)),
        ("open_question", "Können Einkäufe auch telefonisch bestellt und geliefert werden, wenn niemand "
                          "begleiten kann?", "", None),
        ("open_question", "Wie hoch darf ein Eigenanteil höchstens sein?", "", None),
    ),
    "koordination": (
        ("next_step", "Finanzierungsmodell mit Zahlen der Pflegekasse prüfen.", "Quartiersentwicklung",
         date(2025, 5, 14)),
    ),
}

# stakeholder group -> (how many participants, letter used by the card texts)
GROUPS = (
    ("Bürger*innen", 9, "B"),
    ("Dienstleister", 7, "D"),
    ("kommunale Akteure", 4, "K"),
    ("Vereine/Netzwerke", 3, "V"),
    ("Wissenschaft/Moderation", 2, "M"),
)
GROUP_BY_LETTER = {letter: name for name, _n, letter in GROUPS}

#: which actors the participants of a group come from
GROUP_ACTORS = {
    "Dienstleister": ("pflegedienst", "supermarkt", "baeckerei", "alltagshelfer", "caritas_pflege", "tagespflege",
                      "gemuese", "apotheke", "fahrdienst"),
    "kommunale Akteure": ("stadtteilbuero", "seniorenbuero", "pflegestuetzpunkt", "wohnberatung",
                          "seniorenbeauftragte"),
    "Vereine/Netzwerke": ("nachbarschaftshilfe", "seniorengenossenschaft", "begegnungsstaette", "buergerbus",
                          "techniktreff", "ev_kirche"),
}
CITIZEN_NOTES = ("Seniorenvertretung Schaffrath", "pflegt ihren Mann (Pflegegrad 3)", "geht mit Rollator",
                 "wohnt allein, kein Auto", "kommt über den Besuchsdienst", "engagiert sich im Bürgercafé",
                 "braucht Großdruck", "")
MODERATION_NOTES = ("Moderation", "Protokoll und Technik")
