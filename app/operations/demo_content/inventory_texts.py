"""The demo's providers and municipal actors, their services, networks, costs and benefits (German text).

Name templates: ``{n}`` an owner's surname, ``{v} {n}`` an owner's full name, ``{s}`` a street; the seed picks one
template and the names, so two seeds give two different but equally plausible Quartiers.
"""

from __future__ import annotations

from dataclasses import dataclass

PRIVATE, WELFARE, MUNICIPAL, HOUSING, CHURCH, CLUB, COOP, NETWORK = (
    "privates Unternehmen", "Wohlfahrtsverband", "Kommune", "Wohnungsunternehmen", "Kirchengemeinde", "Verein",
    "Genossenschaft", "Netzwerk",
)
EV, GGMBH, GMBH, EG, EINZEL, KDOER = ("e.V.", "gGmbH", "GmbH", "eG", "Einzelunternehmen",
                                      "Körperschaft des öffentlichen Rechts")


@dataclass(frozen=True)
class ActorSpec:
    key: str
    category: str  # "Pflege/Tagespflege": path for category_id()
    kind: str
    legal_form: str
    names: tuple[str, ...]
    non_profit: bool = False
    public_body: bool = False
    recognised_45a: bool = False
    optional: bool = False  # a seed may leave it out


ACTORS: tuple[ActorSpec, ...] = (
    ActorSpec("pflegedienst", "Pflege/ambulanter Pflegedienst", PRIVATE, GMBH,
              ("Ambulanter Pflegedienst {n} GmbH", "Pflegeteam {n} – Ambulante Pflege GmbH"), recognised_45a=True),
    ActorSpec("caritas_pflege", "Pflege/ambulanter Pflegedienst", WELFARE, GGMBH,
              ("Caritas-Pflegestation Schaffrath", "Caritas Sozialstation Gelsenkirchen-Nord"), non_profit=True,
              recognised_45a=True),
    ActorSpec("diakonie_pflege", "Pflege/ambulanter Pflegedienst", WELFARE, GGMBH,
              ("Diakoniestation Buer-Schaffrath", "Diakonie Pflegedienst Nord"), non_profit=True, optional=True),
    ActorSpec("tagespflege", "Pflege/Tagespflege", WELFARE, GGMBH,
              ("AWO Tagespflege Am Rosenhügel", "AWO Tagespflege Haus Lindenhof"), non_profit=True),
    ActorSpec("pflegestuetzpunkt", "Pflege/Pflegestützpunkt", MUNICIPAL, KDOER,
              ("Pflegestützpunkt Gelsenkirchen-Nord", "Pflege- und Wohnberatung Gelsenkirchen-Nord"),
              public_body=True),
    ActorSpec("hausarzt", "Gesundheit/Hausarztpraxis", PRIVATE, EINZEL,
              ("Hausarztpraxis Dr. {v} {n}", "Gemeinschaftspraxis Dr. {n} und Kolleginnen")),
    ActorSpec("apotheke", "Gesundheit/Apotheke", PRIVATE, EINZEL,
              ("Rosen-Apotheke Schaffrath", "Glückauf-Apotheke", "Apotheke an der {s}")),
    ActorSpec("physio", "Gesundheit/Physiotherapie", PRIVATE, EINZEL,
              ("Physiotherapie {n}", "Praxis für Physiotherapie {v} {n}")),
    ActorSpec("fusspflege", "Gesundheit/Fußpflege", PRIVATE, EINZEL,
              ("Fußpflege {v} {n}", "Mobile Fußpflege {n}"), optional=True),
    ActorSpec("alltagshelfer", "Haushaltsnahe Dienstleistungen/Alltagshelfer", PRIVATE, EINZEL,
              ("Alltagshilfe {n}", "Helfende Hände {n} – Alltagsbegleitung"), recognised_45a=True),
    ActorSpec("reinigung", "Haushaltsnahe Dienstleistungen/Reinigungsdienst", PRIVATE, GMBH,
              ("Glanzpunkt Reinigungsservice GmbH", "Blitzblank Haushaltsservice GmbH"), recognised_45a=True),
    ActorSpec("einkaufsservice", "Haushaltsnahe Dienstleistungen/Einkaufsservice", PRIVATE, EINZEL,
              ("Einkaufs- und Lieferservice {n}", "Bring's vorbei – Lieferservice {n}"), optional=True),
    ActorSpec("mahlzeiten", "Haushaltsnahe Dienstleistungen/Mahlzeitendienst", WELFARE, EV,
              ("DRK Menüservice Gelsenkirchen", "Essen auf Rädern des DRK-Kreisverbands"), non_profit=True),
    ActorSpec("fahrdienst", "Mobilität/Fahrdienst", PRIVATE, GMBH,
              ("Fahrdienst {n} GmbH", "Rollimobil {n} GmbH – Kranken- und Behindertenfahrten")),
    ActorSpec("buergerbus", "Mobilität/Bürgerbus", CLUB, EV,
              ("Bürgerbusverein Schaffrath e.V.", "Bürgerbus Buer-Nord e.V."), non_profit=True),
    ActorSpec("begleitdienst", "Mobilität/Begleitdienst", WELFARE, EV,
              ("DRK Begleitdienst Gelsenkirchen", "Malteser Begleit- und Besuchsdienst"), non_profit=True,
              recognised_45a=True),
    ActorSpec("baeckerei", "Nahversorgung / Einzelhandel/Bäckerei", PRIVATE, EINZEL,
              ("Bäckerei {n}", "Landbäckerei {n}", "Bäckerei-Café {n}")),
    ActorSpec("gemuese", "Nahversorgung / Einzelhandel/Gemüseladen", PRIVATE, EINZEL,
              ("Obst & Gemüse {n}", "Gemüse-Eck {n}")),
    ActorSpec("supermarkt", "Nahversorgung / Einzelhandel/Supermarkt", PRIVATE, GMBH,
              ("Frischemarkt Schaffrath GmbH", "Nahkauf-Markt an der {s} GmbH")),
    ActorSpec("paketshop", "Nahversorgung / Einzelhandel/Post/Paketshop", PRIVATE, EINZEL,
              ("Kiosk mit Postfiliale {n}", "Lotto-Post-Shop {n}"), optional=True),
    ActorSpec("friseur", "Nahversorgung / Einzelhandel/Friseur", PRIVATE, EINZEL,
              ("Friseursalon {v}", "Haarstudio {n}")),
    ActorSpec("wohnungsgenossenschaft", "Wohnen/Wohnungsbaugesellschaft", COOP, EG,
              ("Wohnungsgenossenschaft Schaffrath eG", "Gemeinnützige Wohnungsgenossenschaft Buer-Nord eG")),
    ActorSpec("wohnungsunternehmen", "Wohnen/Wohnungsbaugesellschaft", HOUSING, GMBH,
              ("Emscher-Lippe Wohnen GmbH", "Revierwohnen Gelsenkirchen GmbH")),
    ActorSpec("wohnberatung", "Wohnen/Wohnberatung", MUNICIPAL, KDOER,
              ("Wohnberatung der Stadt Gelsenkirchen", "Kommunale Wohnberatung Gelsenkirchen"), public_body=True),
    ActorSpec("hausmeister", "Wohnen/Hausmeisterdienst", PRIVATE, EINZEL,
              ("Hausmeisterservice {n}", "Haus- und Gartenservice {n}"), optional=True),
    ActorSpec("begegnungsstaette", "Begegnung / Kultur / Freizeit/Begegnungsstätte", WELFARE, EV,
              ("AWO-Begegnungsstätte Schaffrath", "Begegnungszentrum Schaffrath der AWO"), non_profit=True),
    ActorSpec("buergercafe", "Begegnung / Kultur / Freizeit/Bürgercafé", CLUB, EV,
              ("Bürgercafé Rosenhügel e.V.", "Nachbarschaftscafé Schaffrath e.V."), non_profit=True),
    ActorSpec("bibliothek", "Begegnung / Kultur / Freizeit/Bibliothek", MUNICIPAL, KDOER,
              ("Stadtteilbibliothek Buer", "Stadtbibliothek Gelsenkirchen, Zweigstelle Buer"), public_body=True,
              optional=True),
    ActorSpec("sportverein", "Begegnung / Kultur / Freizeit/Sportverein", CLUB, EV,
              ("SV Schaffrath 1921 e.V.", "TuS Schaffrath 08 e.V."), non_profit=True),
    ActorSpec("ev_kirche", "Begegnung / Kultur / Freizeit/Kirchengemeinde", CHURCH, KDOER,
              ("Ev. Kirchengemeinde Schaffrath", "Ev. Kirchengemeinde Buer-Schaffrath"), non_profit=True,
              public_body=True),
    ActorSpec("kath_kirche", "Begegnung / Kultur / Freizeit/Kirchengemeinde", CHURCH, KDOER,
              ("Kath. Pfarrei St. Josef", "Kath. Gemeinde St. Barbara"), non_profit=True, public_body=True),
    ActorSpec("seniorenbuero", "Beratung/Seniorenbüro", MUNICIPAL, KDOER,
              ("Seniorenbüro Nord der Stadt Gelsenkirchen", "Seniorenbüro Buer/Schaffrath"), public_body=True),
    ActorSpec("seniorenbeauftragte", "Beratung/Seniorenbüro", MUNICIPAL, KDOER,
              ("Seniorenbeauftragte der Stadt Gelsenkirchen",), public_body=True),
    ActorSpec("stadtteilbuero", "Beratung/Sozialberatung", MUNICIPAL, KDOER,
              ("Stadtteilbüro Schaffrath (Quartiersmanagement)", "Quartiersbüro Schaffrath"), public_body=True),
    ActorSpec("sozialberatung", "Beratung/Sozialberatung", WELFARE, EV,
              ("Sozialberatung der Diakonie", "Allgemeine Sozialberatung der Caritas"), non_profit=True),
    ActorSpec("techniktreff", "Beratung/Techniktreff", CLUB, EV,
              ("Techniktreff Schaffrath e.V.", "Digitaltreff 60plus Schaffrath"), non_profit=True),
    ActorSpec("nachbarschaftshilfe", "Engagement/Nachbarschaftshilfe", CLUB, EV,
              ("Nachbarschaftshilfe Schaffrath e.V.", "Nachbarn für Nachbarn Schaffrath e.V."), non_profit=True,
              recognised_45a=True),
    ActorSpec("seniorengenossenschaft", "Engagement/Seniorengenossenschaft", CLUB, EV,
              ("Seniorengenossenschaft Gelsenkirchen-Nord e.V.", "Seniorengenossenschaft Buer e.V."),
              non_profit=True),
    ActorSpec("besuchsdienst", "Engagement/Besuchsdienst", CHURCH, KDOER,
              ("Besuchsdienstkreis der Ev. Kirchengemeinde", "Ökumenischer Besuchsdienst Schaffrath"),
              non_profit=True, optional=True),
    ActorSpec("foerderverein", "Engagement/Förderverein", CLUB, EV,
              ("Förderverein Quartier Schaffrath e.V.", "Freundeskreis Begegnungsstätte Schaffrath e.V."),
              non_profit=True),
    ActorSpec("generationennetz", "Engagement/Nachbarschaftshilfe", NETWORK, EV,
              ("Generationennetz Schaffrath e.V.", "Netzwerk Jung und Alt Schaffrath e.V."), non_profit=True),
)

#: Outreach funnel: how many actors end in which status (the rest stay "identifiziert").
STATUS_COUNTS = (("Partner", 7), ("teilnehmend", 10), ("interessiert", 8), ("kontaktiert", 7), ("abgesagt", 3))
#: Actors that take part in the demo's model are at least "teilnehmend".
CORE_ACTORS = ("pflegedienst", "tagespflege", "supermarkt", "baeckerei", "nachbarschaftshilfe",
               "wohnungsgenossenschaft", "stadtteilbuero", "seniorenbuero", "begegnungsstaette", "ev_kirche",
               "buergerbus", "alltagshelfer", "caritas_pflege", "pflegestuetzpunkt", "gemuese", "techniktreff",
               "seniorengenossenschaft")

OUTREACH_RESULTS = {
    "Brief": ("Einladung zur Dienstleisterkonferenz mit Informationsblatt verschickt.",
              "Anschreiben mit Rückantwortkarte verschickt.",
              "Projektinformation und Fragebogen zu Kosten und Nutzen verschickt."),
    "Telefon": ("Niemand erreicht, Nachricht auf dem Anrufbeantworter hinterlassen.",
                "Kurzes Gespräch; Interesse grundsätzlich da, möchte erst Unterlagen sehen.",
                "Inhaberin findet die Idee gut, hat aber wenig Zeit; Termin nach 18 Uhr möglich.",
                "Leitung sagt Teilnahme an der Dienstleisterkonferenz zu.",
                "Zuständige Person im Urlaub, Rückruf in zwei Wochen vereinbart."),
    "E-Mail": ("Protokoll der letzten Konferenz und Terminvorschläge geschickt.",
               "Rückfragen zur Anerkennung nach §45a beantwortet."),
    "Besuch": ("Gespräch im Laden: Einkaufszeiten mit Sitzplatz und Bringdienst besprochen.",
               "Kooperationsgespräch mit der Leitung; schriftliche Vereinbarung in Vorbereitung."),
    "Konferenz": ("Hat an der Dienstleisterkonferenz teilgenommen und Karten beigetragen.",
                  "Auf der Dienstleisterkonferenz angesprochen; will im Koordinierungskreis mitarbeiten."),
}
DECLINE_RESULTS = ("Absage: kein Personal für zusätzliche Angebote.",
                   "Absage: Angebot passt nicht zum eigenen Geschäftsmodell.",
                   "Absage aus Zeitgründen; bittet darum, weiter informiert zu werden.")
NEXT_STEPS = ("Im März noch einmal anrufen.", "Einladung zum Bürgerworkshop schicken.",
              "Kooperationsvereinbarung entwerfen.", "Unterlagen zur §45a-Anerkennung zusenden.",
              "Zum Koordinierungskreis einladen.", "")

# (actor key, service name, target group, price cents or None, unit, financing, availability, accessibility)
SERVICES = (
    ("pflegedienst", "Hauswirtschaftliche Hilfe", "Menschen mit Pflegegrad", 3450, "pro Stunde",
     "§45b, §36 SGB XI, Selbstzahler", "Mo–Fr 7–19 Uhr", "Hausbesuch"),
    ("alltagshelfer", "Einkaufsbegleitung und Alltagshilfe", "Ältere mit Unterstützungsbedarf", 3200,
     "pro Stunde", "§45b, Selbstzahler", "Mo–Sa nach Absprache", "Begleitung zu Fuß oder mit dem Rollator"),
    ("reinigung", "Wohnungsreinigung", "Haushalte mit Pflegegrad", 3900, "pro Stunde", "§45b, Selbstzahler",
     "Mo–Fr", "Hausbesuch"),
    ("mahlzeiten", "Mittagessen nach Hause", "Ältere, die nicht mehr kochen können", 790, "pro Mahlzeit",
     "Selbstzahler, Grundsicherung nach Einzelfall", "täglich 11–13 Uhr", "Lieferung an die Wohnungstür"),
    ("fahrdienst", "Fahrt zur Arztpraxis", "Menschen mit Gehbehinderung", 1800, "pro Fahrt",
     "Krankenkasse mit Verordnung, Selbstzahler", "Mo–Fr 7–18 Uhr", "Rollstuhlgerechtes Fahrzeug"),
    ("buergerbus", "Bürgerbus-Linie Schaffrath–Buer", "alle Bürger*innen", 200, "pro Fahrt", "Fahrgeld, Verein",
     "Mo–Fr 8–17 Uhr im Stundentakt", "Niederflurbus mit Rampe"),
    ("nachbarschaftshilfe", "Besuchs- und Begleitdienst", "Alleinlebende Ältere", 1000, "pro Stunde",
     "§45b (anerkannt nach §45a), Spenden", "nach Absprache", "ehrenamtlich"),
    ("techniktreff", "Tablet- und Smartphone-Sprechstunde", "Ältere ohne Technikerfahrung", 0, "",
     "kostenlos, Spenden", "Mittwochs 10–12 Uhr", "Begegnungsstätte, barrierefrei"),
    ("apotheke", "Botendienst für Medikamente", "Kundschaft im Quartier", 0, "", "kostenlos",
     "Mo–Sa nachmittags", "Lieferung nach Hause"),
    ("baeckerei", "Brötchen-Lieferdienst", "Kundschaft im Quartier", 150, "pro Lieferung", "Selbstzahler",
     "Di–Sa ab 7 Uhr", "Lieferung an die Tür"),
    ("tagespflege", "Tagespflege", "Menschen mit Pflegegrad 2–5", 8900, "pro Tag", "§41 SGB XI, Eigenanteil",
     "Mo–Fr 8–16 Uhr", "Abholdienst, barrierefrei"),
    ("seniorengenossenschaft", "Alltagshilfe gegen Zeitgutschrift", "Mitglieder", 800, "pro Stunde",
     "Zeitgutschrift, Mitgliedsbeitrag", "nach Absprache", "Hausbesuch"),
    ("wohnberatung", "Beratung zur Wohnraumanpassung", "Mieter*innen und Eigentümer*innen", 0, "",
     "kommunal finanziert", "nach Terminvereinbarung", "Hausbesuch möglich"),
    ("supermarkt", "Lieferservice für Einkäufe", "Kundschaft im Quartier", 390, "pro Lieferung",
     "Selbstzahler", "Di und Fr", "Lieferung bis in die Wohnung"),
)

# (name, description, coordinator key, [(member key, role)])
NETWORKS = (
    ("Netzwerk Älter werden in Schaffrath",
     "Treffen aller Anbieter und Einrichtungen rund ums Älterwerden, viermal im Jahr im Stadtteilbüro.",
     "stadtteilbuero",
     (("stadtteilbuero", "Koordination"), ("seniorenbuero", "Sprecher*in"), ("pflegedienst", "Mitglied"),
      ("caritas_pflege", "Mitglied"), ("tagespflege", "Mitglied"), ("begegnungsstaette", "Mitglied"),
      ("ev_kirche", "Mitglied"), ("kath_kirche", "Mitglied"), ("nachbarschaftshilfe", "Mitglied"),
      ("pflegestuetzpunkt", "Mitglied"), ("wohnungsgenossenschaft", "Mitglied"), ("generationennetz", "Mitglied"))),
    ("Interessengemeinschaft Schaffrather Straße",
     "Zusammenschluss der Geschäfte an der Einkaufsstraße: gemeinsame Aktionen, Straßenfest, Lieferdienste.",
     "baeckerei",
     (("baeckerei", "Sprecher*in"), ("supermarkt", "Mitglied"), ("gemuese", "Mitglied"),
      ("apotheke", "Mitglied"), ("friseur", "Mitglied"), ("paketshop", "Mitglied"), ("physio", "Mitglied"))),
)

# (actor key or None, category path or None, kind, dimension, weight, note)
COST_BENEFITS = (
    (None, "Nahversorgung / Einzelhandel", "benefit", "Kundschaft", 5,
     "Begleitete Einkäufe bringen Stammkundschaft zurück, die sonst online oder gar nicht mehr einkauft."),
    (None, "Nahversorgung / Einzelhandel", "cost", "Zeit", 3,
     "Personal muss sich Zeit nehmen, wenn Begleitete langsamer einkaufen oder Hilfe an der Kasse brauchen."),
    (None, "Pflege", "benefit", "Kundschaft", 3, "Früher Kontakt zu Menschen, die später Pflege brauchen."),
    (None, "Pflege", "cost", "Geld", 3, "Dokumentation und Abrechnung nach §45b sind aufwendig."),
    (None, "Pflege", "cost", "Risiko", 4,
     "Das gemeinsame Angebot könnte mit der eigenen hauswirtschaftlichen Hilfe konkurrieren."),
    (None, "Engagement", "cost", "Zeit", 4, "Ehrenamtliche zu gewinnen, zu schulen und zu begleiten kostet Zeit."),
    (None, "Engagement", "benefit", "Vernetzung", 4, "Neue Ehrenamtliche über die Partner im Quartier."),
    (None, "Wohnen", "benefit", "Geld", 4, "Mieter*innen bleiben länger in ihrer Wohnung; weniger Leerstand."),
    (None, "Beratung", "benefit", "Wissen", 3, "Überblick, welche Hilfen im Quartier tatsächlich ankommen."),
    ("supermarkt", None, "cost", "Geld", 2, "Zwei Sitzbänke und ein Einkaufswagen mit Sitz, einmalig ca. 600 €."),
    ("baeckerei", None, "benefit", "Ansehen", 4, "Als Treffpunkt im Quartier bekannt werden."),
    ("wohnungsgenossenschaft", None, "cost", "Geld", 3, "Raum für das Quartiersbüro mietfrei zur Verfügung stellen."),
    ("nachbarschaftshilfe", None, "benefit", "Geld", 4,
     "Mit der Anerkennung nach §45a kann der Verein Aufwandsentschädigungen zahlen."),
    ("pflegedienst", None, "benefit", "Zeit", 4, "Fachkräfte werden von Einkaufsfahrten entlastet."),
    ("stadtteilbuero", None, "cost", "Zeit", 3, "Koordination des Netzwerks bindet etwa vier Stunden pro Woche."),
)

# (actor a, actor b, link type, status, description, compatibility, reason)
COOPERATIONS = (
    ("nachbarschaftshilfe", "supermarkt", "gemeinsames Angebot", "vereinbart",
     "Begleitete Einkäufe dienstags und freitags vormittags; der Markt hält Sitzplätze und eine Kasse frei.",
     "kompatibel", "Beide profitieren, keine Konkurrenz bei den Leistungen."),
    ("pflegedienst", "tagespflege", "Überleitung", "aktiv",
     "Der Pflegedienst vermittelt Kund*innen an die Tagespflege und umgekehrt.", "kompatibel",
     "Ergänzende Leistungen, verschiedene Budgets (§36 und §41 SGB XI)."),
    ("wohnungsgenossenschaft", "stadtteilbuero", "geteilte Ressourcen", "vereinbart",
     "Das Quartiersbüro nutzt den Gemeinschaftsraum der Genossenschaft zweimal pro Woche.", "kompatibel",
     "Die Genossenschaft fördert satzungsgemäß das Wohnen ihrer Mitglieder."),
    ("seniorengenossenschaft", "pflegedienst", "Schnittstelle", "potenziell",
     "Alltagshilfen der Genossenschaft ergänzen die Pflege.", "bedingt",
     "Zeitgutschriften und Abrechnung nach §45b passen nur mit klarer Abgrenzung zusammen."),
    ("buergerbus", "hausarzt", "Schnittstelle", "potenziell",
     "Haltestelle vor der Praxis, Fahrten zu den Sprechzeiten.", "kompatibel", ""),
    ("apotheke", "pflegestuetzpunkt", "Schnittstelle", "aktiv",
     "Apotheke verweist Kund*innen mit Pflegebedarf an den Pflegestützpunkt.", "kompatibel", ""),
    ("wohnungsunternehmen", "alltagshelfer", "gemeinsame Finanzierung", "potenziell",
     "Wohnungsunternehmen bezuschusst Alltagshilfe für seine Mieterschaft.", "inkompatibel",
     "Zuschuss nur für eigene Mieter*innen widerspricht dem offenen Angebot für alle im Quartier."),
)
