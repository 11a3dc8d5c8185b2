<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>AccessibleBoard</name>
        <message>
            <source>ohne Bereich</source>
            <translation>no area</translation>
        </message>
        <message>
            <source>verdeckte Karte</source>
            <translation>hidden card</translation>
        </message>
        <message>
            <source>leere Karte</source>
            <translation>empty card</translation>
        </message>
        <message>
            <source>Karte im Bereich „{area}“: {text}</source>
            <translation>Card in the area “{area}”: {text}</translation>
        </message>
        <message>
            <source>Gruppe: {group}</source>
            <translation>Group: {group}</translation>
        </message>
        <message>
            <source>Akteure: {names}</source>
            <translation>Actors: {names}</translation>
        </message>
        <message>
            <source>Betrag: {amount}</source>
            <translation>Amount: {amount}</translation>
        </message>
        <message>
            <source>Keine Karte ausgewählt. N legt eine neue Karte an, Pfeiltasten gehen von Karte zu Karte.</source>
            <translation>No card selected. N creates a new card, the arrow keys go from card to card.</translation>
        </message>
        <message>
            <source>({n} Karten ausgewählt)</source>
            <translation>({n} cards selected)</translation>
        </message>
        <message>
            <source>Leinwand „{title}“</source>
            <translation>Canvas “{title}”</translation>
        </message>
        <message>
            <source>Leinwand</source>
            <translation>Canvas</translation>
        </message>
    </context>
    <context>
        <name>AccessibleNames</name>
        <message>
            <source>Tabelle: {columns}</source>
            <translation>Table: {columns}</translation>
        </message>
        <message>
            <source>Auswahl</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Zahl</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Eingabe</source>
            <translation>Input</translation>
        </message>
        <message>
            <source>Grafik</source>
            <translation>Graphic</translation>
        </message>
        <message>
            <source>Liste</source>
            <translation>List</translation>
        </message>
    </context>
    <context>
        <name>ActorFormWidget</name>
        <message>
            <source>gemeinnützig</source>
            <translation>charitable</translation>
        </message>
        <message>
            <source>öffentliche Stelle</source>
            <translation>public body</translation>
        </message>
        <message>
            <source>anerkannt nach §45a SGB XI</source>
            <translation>recognised under §45a SGB XI</translation>
        </message>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Straße</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>PLZ / Ort</source>
            <translation>Postcode / town</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Ansprache-Status</source>
            <translation>Outreach status</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>(ohne Kategorie)</source>
            <translation>(no category)</translation>
        </message>
        <message>
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>ActorPickerDialog</name>
        <message>
            <source>Akteure verknüpfen</source>
            <translation>Link actors</translation>
        </message>
        <message>
            <source>Akteur suchen …</source>
            <translation>Search actor …</translation>
        </message>
        <message>
            <source>Es sind noch keine Akteure erfasst.</source>
            <translation>No actors have been recorded yet.</translation>
        </message>
    </context>
    <context>
        <name>AddLinkDialog</name>
        <message>
            <source>Verbindung hinzufügen</source>
            <translation>Add connection</translation>
        </message>
        <message>
            <source>z. B. Überleitung nach Krankenhausaufenthalt</source>
            <translation>e.g. transfer after a hospital stay</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>mit</source>
            <translation>with</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Ankommen</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Sammeln</source>
            <translation>Collecting</translation>
        </message>
        <message>
            <source>Clustern</source>
            <translation>Clustering</translation>
        </message>
        <message>
            <source>Bewerten</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Diskutieren</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <source>Abschluss</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Entscheidung</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Nächster Schritt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Offene Frage</source>
            <translation>Open question</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>geplant (Min.)</source>
            <translation>planned (min)</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Phase starten</source>
            <translation>Start phase</translation>
        </message>
        <message>
            <source>Phase beenden</source>
            <translation>End phase</translation>
        </message>
        <message>
            <source>▲ nach oben</source>
            <translation>▲ move up</translation>
        </message>
        <message>
            <source>▼ nach unten</source>
            <translation>▼ move down</translation>
        </message>
        <message>
            <source>Phase entfernen</source>
            <translation>Remove phase</translation>
        </message>
        <message>
            <source>neue Phase – Enter</source>
            <translation>new phase – Enter</translation>
        </message>
        <message>
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Entscheidung, nächster Schritt oder offene Frage – Enter</source>
            <translation>Decision, next step or open question – Enter</translation>
        </message>
        <message>
            <source>wer (optional)</source>
            <translation>who (optional)</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Eintrag</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>wer</source>
            <translation>who</translation>
        </message>
        <message>
            <source>neue Sitzung: Titel – Enter</source>
            <translation>new session: title – Enter</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Ergebnisse der Sitzung</source>
            <translation>Results of the session</translation>
        </message>
        <message>
            <source>Keine Phase läuft.</source>
            <translation>No phase is running.</translation>
        </message>
        <message>
            <source>Jetzt: %1</source>
            <translation>Now: %1</translation>
        </message>
        <message>
            <source>%1 von %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>– überzogen</source>
            <translation>– overrun</translation>
        </message>
        <message>
            <source>Bitte die geplanten Minuten als ganze Zahl eingeben.</source>
            <translation>Please enter the planned minutes as a whole number.</translation>
        </message>
        <message>
            <source>Sitzung „%1“ angelegt.</source>
            <translation>Session “%1” created.</translation>
        </message>
    </context>
    <context>
        <name>Akteure</name>
        <message>
            <source>Diesen Akteur gibt es nicht mehr.</source>
            <translation>This actor no longer exists.</translation>
        </message>
        <message>
            <source>Ein Akteur braucht einen Namen.</source>
            <translation>An actor needs a name.</translation>
        </message>
        <message>
            <source>Den Status »{s}« gibt es nicht.</source>
            <translation>The status »{s}« does not exist.</translation>
        </message>
        <message>
            <source>Die gewählte Kategorie gibt es nicht mehr.</source>
            <translation>The chosen category no longer exists.</translation>
        </message>
        <message>
            <source>Die E-Mail-Adresse »{e}« ist ungültig.</source>
            <translation>The email address »{e}« is not valid.</translation>
        </message>
    </context>
    <context>
        <name>Akteursimport</name>
        <message>
            <source>Name</source>
            <extracomment>field key -&gt; German label (shown in the mapping dialog and in CLI messages)</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Ansprechpartner</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Straße</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>PLZ</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>PLZ und Ort</source>
            <translation>Postcode and town</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>gemeinnützig</source>
            <translation>charitable</translation>
        </message>
        <message>
            <source>anerkannt nach §45a</source>
            <translation>recognised under §45a</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Angebot</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Preis</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>ignorieren</source>
            <translation>ignore</translation>
        </message>
        <message>
            <source>Zuordnung »{h}={f}«: das Feld »{f}« gibt es nicht. Mögliche Felder: {all}.</source>
            <translation>Mapping »{h}={f}«: there is no field »{f}«. Possible fields: {all}.</translation>
        </message>
        <message>
            <source>Die Spalten »{a}« und »{b}« meinen beide »{f}«; bitte eine davon ignorieren.</source>
            <translation>The columns »{a}« and »{b}« both mean »{f}«; please ignore one of them.</translation>
        </message>
        <message>
            <source>Keine Spalte für den Namen gefunden (erwartet z. B. »Name«, »Einrichtung« oder »Organisation«). Gefundene Spalten: {cols}.</source>
            <translation>No column for the name found (expected e.g. »Name«, »Einrichtung« or »Organisation«). Columns found: {cols}.</translation>
        </message>
        <message>
            <source>Die Datei ist leer.</source>
            <extracomment>more separators than this in one line make no inventory (a stray cell far to the right, or a hostile file) a price above this is a typing or file error, and far beyond what cents in a 64-bit column could hold</extracomment>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>Die Datei ist keine Text- oder CSV-Datei (sie enthält Binärdaten).</source>
            <translation>The file is not a text or CSV file (it contains binary data).</translation>
        </message>
        <message>
            <source>Die Datei ist keine lesbare Textdatei (weder UTF-8 noch Windows-1252).</source>
            <translation>The file is not a readable text file (neither UTF-8 nor Windows-1252).</translation>
        </message>
        <message>
            <source>Die Datei ist gemischt kodiert: {utf8} Zeilen mit Umlauten sind UTF-8, diese aber in einer anderen Kodierung (Windows-1252): Zeile {lines}. So würden Umlaute verfälscht (»BÃ¤ckerei«). Bitte die Datei einheitlich als »CSV UTF-8« speichern und erneut einlesen.</source>
            <translation>The file mixes encodings: {utf8} lines with umlauts are UTF-8, but these are in another encoding (Windows-1252): line {lines}. Umlauts would be garbled (»BÃ¤ckerei«). Please save the whole file as »CSV UTF-8« and read it again.</translation>
        </message>
        <message>
            <source>Eine Zeile der Datei hat mehr als {n} Spalten; das ist keine Akteursliste.</source>
            <translation>A line of the file has more than {n} columns; this is not a list of actors.</translation>
        </message>
        <message>
            <source>Die Datei ist abgeschnitten oder fehlerhaft und kann nicht gelesen werden ({detail}).</source>
            <translation>The file is truncated or damaged and cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>Die Zeile hat {n} Werte, die Kopfzeile aber nur {w} Spalten.</source>
            <translation>The row has {n} values, but the header only has {w} columns.</translation>
        </message>
        <message>
            <source>Der Name fehlt.</source>
            <translation>The name is missing.</translation>
        </message>
        <message>
            <source>»{v}« ist weder ja noch nein.</source>
            <translation>»{v}« is neither yes nor no.</translation>
        </message>
        <message>
            <source>Die E-Mail-Adresse »{v}« ist ungültig.</source>
            <translation>The email address »{v}« is not valid.</translation>
        </message>
        <message>
            <source>Die PLZ »{v}« hat nicht fünf Ziffern.</source>
            <translation>The postcode »{v}« does not have five digits.</translation>
        </message>
        <message>
            <source>»{v}« ist nicht »PLZ Ort«.</source>
            <translation>»{v}« is not »postcode town«.</translation>
        </message>
        <message>
            <source>Der Status »{v}« ist unbekannt (möglich: {all}).</source>
            <translation>The status »{v}« is unknown (possible: {all}).</translation>
        </message>
        <message>
            <source>Der Preis »{v}« ist keine Zahl.</source>
            <translation>The price »{v}« is not a number.</translation>
        </message>
        <message>
            <source>Der Preis »{v}« ist unrealistisch hoch (höchstens 1 Million €).</source>
            <translation>The price “{v}” is unrealistically high (at most €1 million).</translation>
        </message>
        <message>
            <source>Die Datei ist mit {mb} MB zu groß für eine Akteursliste.</source>
            <extracomment>an inventory has a dozen or two columns; a value beyond this column is a stray cell, not data</extracomment>
            <translation>At {mb} MB the file is too large for a list of actors.</translation>
        </message>
        <message>
            <source>Die Datei {name} kann nicht gelesen werden: {why}.</source>
            <translation>The file {name} cannot be read: {why}.</translation>
        </message>
        <message>
            <source>Die Datei enthält keine Kopfzeile.</source>
            <translation>The file has no header row.</translation>
        </message>
        <message>
            <source>Die Datei enthält nur die Kopfzeile und keine Daten.</source>
            <translation>The file only has the header row and no data.</translation>
        </message>
        <message>
            <source>Die Datei hat mehr als {n} Zeilen.</source>
            <translation>The file has more than {n} rows.</translation>
        </message>
        <message>
            <source>Die Excel-Datei {name} ist beschädigt oder unvollständig.</source>
            <translation>The Excel file {name} is damaged or incomplete.</translation>
        </message>
        <message>
            <source>Die Excel-Datei {name} würde entpackt {mb} MB groß und wird aus Sicherheitsgründen nicht geöffnet.</source>
            <translation>Unpacked, the Excel file {name} would be {mb} MB; for safety it is not opened.</translation>
        </message>
        <message>
            <source>Excel-Dateien können nicht sicher gelesen werden (defusedxml fehlt); bitte als CSV speichern.</source>
            <translation>Excel files cannot be read safely (defusedxml is missing); please save as CSV.</translation>
        </message>
        <message>
            <source>Die Excel-Datei {name} hat einen Eintrag in Zelle {cell}, weit außerhalb einer Akteursliste (höchstens {rows} Zeilen und {cols} Spalten). Bitte die Zelle leeren oder die Liste in eine neue Tabelle kopieren.</source>
            <translation>The Excel file {name} has an entry in cell {cell}, far outside a list of actors (at most {rows} rows and {cols} columns). Please clear the cell or copy the list into a new sheet.</translation>
        </message>
        <message>
            <source>Unbekannte Spalten: {names}. Bitte jeder ein Feld zuordnen oder »ignorieren« wählen (Felder: {fields}).</source>
            <translation>Unknown columns: {names}. Please map each to a field or choose »ignore« (fields: {fields}).</translation>
        </message>
        <message>
            <source>Die Datei {p} gibt es nicht.</source>
            <translation>The file {p} does not exist.</translation>
        </message>
        <message>
            <source>Für Dubletten bitte »merge« (zusammenführen) oder »skip« (überspringen).</source>
            <translation>For duplicates please choose »merge« or »skip«.</translation>
        </message>
        <message>
            <source>Die Datei enthält keine Datenzeilen.</source>
            <translation>The file contains no data rows.</translation>
        </message>
        <message>
            <source>Doppelt in der Datei; mit Zeile {n} zusammengeführt.</source>
            <translation>Duplicate in the file; merged with row {n}.</translation>
        </message>
        <message>
            <source>Doppelt in der Datei (wie Zeile {n}).</source>
            <translation>Duplicate in the file (like row {n}).</translation>
        </message>
        <message>
            <source>Gibt es schon als »{a}«; leere Felder werden ergänzt.</source>
            <translation>Already exists as »{a}«; empty fields will be filled in.</translation>
        </message>
        <message>
            <source>Gibt es schon im Bestand (»{a}«).</source>
            <translation>Already in the inventory (»{a}«).</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Betrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>z. B. 450,00 – leer lassen: kein Betrag</source>
            <translation>e.g. 450.00 – leave empty: no amount</translation>
        </message>
        <message>
            <source>pro Monat</source>
            <translation>per month</translation>
        </message>
        <message>
            <source>pro Jahr</source>
            <translation>per year</translation>
        </message>
        <message>
            <source>Betrag in €:</source>
            <translation>Amount in €:</translation>
        </message>
        <message>
            <source>Zeitraum:</source>
            <translation>Period:</translation>
        </message>
    </context>
    <context>
        <name>Angebote</name>
        <message>
            <source>Ein Angebot braucht einen Namen.</source>
            <extracomment>Blocks of the cooperation-model canvas where participants write down what people need.</extracomment>
            <translation>A service needs a name.</translation>
        </message>
        <message>
            <source>Ein Preis kann nicht negativ sein.</source>
            <translation>A price cannot be negative.</translation>
        </message>
        <message>
            <source>Diese Kategorie gibt es nicht mehr.</source>
            <translation>This category no longer exists.</translation>
        </message>
        <message>
            <source>Dieses Angebot gibt es nicht mehr.</source>
            <translation>This service no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>Ansprache</name>
        <message>
            <source>Den Kontaktweg »{c}« gibt es nicht (möglich: {all}).</source>
            <translation>The contact channel »{c}« does not exist (possible: {all}).</translation>
        </message>
        <message>
            <source>Den Status »{s}« gibt es nicht.</source>
            <translation>The status »{s}« does not exist.</translation>
        </message>
        <message>
            <source>Bitte das Datum des Kontakts angeben.</source>
            <translation>Please enter the date of the contact.</translation>
        </message>
        <message>
            <source>Der nächste Schritt kann nicht vor dem Kontakt fällig sein.</source>
            <translation>The next step cannot be due before the contact.</translation>
        </message>
        <message>
            <source>Zu einem Fälligkeitsdatum gehört ein nächster Schritt.</source>
            <translation>A due date needs a next step.</translation>
        </message>
        <message>
            <source>Diesen Eintrag gibt es nicht mehr.</source>
            <translation>This entry no longer exists.</translation>
        </message>
        <message>
            <source>Einladungsliste</source>
            <extracomment>Statuses invited to a conference by default: everyone but those who declined.</extracomment>
            <translation>Invitation list</translation>
        </message>
        <message>
            <source>Bitte als .csv oder .xlsx speichern.</source>
            <translation>Please save as .csv or .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Datei kann nicht geöffnet werden</source>
            <translation>File cannot be opened</translation>
        </message>
        <message>
            <source>Werkstatt kann nicht angelegt werden</source>
            <translation>Workshop cannot be created</translation>
        </message>
        <message>
            <source>Neue Werkstatt anlegen</source>
            <translation>Create a new workshop</translation>
        </message>
        <message>
            <source>Die Datei {name} gibt es schon; sie wird nicht überschrieben. Bitte wählen Sie einen neuen Namen oder öffnen Sie die Datei.</source>
            <translation>The file {name} already exists; it will not be overwritten. Please choose a new name or open the file.</translation>
        </message>
        <message>
            <source>Neue Werkstatt</source>
            <translation>New workshop</translation>
        </message>
        <message>
            <source>Für welches Quartier ist diese Werkstatt?</source>
            <translation>Which neighbourhood is this workshop for?</translation>
        </message>
        <message>
            <source>Demo öffnen</source>
            <translation>Open demo</translation>
        </message>
        <message>
            <source>Die Demo-Werkstatt ist in dieser Version noch nicht enthalten. Legen Sie stattdessen mit »Neue Werkstatt …« eine eigene Werkstatt an.</source>
            <translation>The demo workshop is not included in this version yet. Create your own workshop with »New workshop …« instead.</translation>
        </message>
        <message>
            <source>Die Demo-Werkstatt konnte nicht angelegt werden: {error}</source>
            <translation>The demo workshop could not be created: {error}</translation>
        </message>
    </context>
    <context>
        <name>AppearancesTab</name>
        <message>
            <source>– keine –</source>
            <translation>– none –</translation>
        </message>
        <message>
            <source>Karten auf Canvas</source>
            <translation>Cards on canvas</translation>
        </message>
        <message>
            <source>Teilnehmende</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Netzwerke</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Kooperationen</source>
            <translation>Cooperations</translation>
        </message>
    </context>
    <context>
        <name>BalanceChart</name>
        <message>
            <source>Kontostand kumuliert (€)</source>
            <translation>Cumulative balance (€)</translation>
        </message>
        <message>
            <source>Kontostand</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Null-Linie</source>
            <translation>Zero line</translation>
        </message>
        <message>
            <source>Monat</source>
            <translation>Month</translation>
        </message>
    </context>
    <context>
        <name>BallotScreen</name>
        <message>
            <source>Anonymer Stimmzettel</source>
            <translation>Anonymous ballot</translation>
        </message>
        <message>
            <source>für jemand anderen (Vertretung)</source>
            <translation>for someone else (proxy)</translation>
        </message>
        <message>
            <source>Wer stimmt ab?</source>
            <translation>Who is voting?</translation>
        </message>
        <message>
            <source>Punkte übrig</source>
            <translation>Points left</translation>
        </message>
        <message>
            <source>Punkte pro Klick: </source>
            <translation>Points per click: </translation>
        </message>
        <message>
            <source>Letzten Punkt zurücknehmen</source>
            <translation>Take back the last point</translation>
        </message>
        <message>
            <source>Fertig – nächste Person</source>
            <translation>Done – next person</translation>
        </message>
        <message>
            <source>(leere Karte)</source>
            <translation>(empty card)</translation>
        </message>
        <message>
            <source>— Person auswählen —</source>
            <translation>— Choose a person —</translation>
        </message>
        <message>
            <source>Danke! Die nächste Person kann abstimmen.</source>
            <translation>Thank you! The next person can vote.</translation>
        </message>
        <message>
            <source>Keine Abstimmungsrunde ausgewählt.</source>
            <translation>No voting round selected.</translation>
        </message>
        <message>
            <source>Die Runde „%1“ ist noch nicht geöffnet.</source>
            <translation>The round “%1” is not open yet.</translation>
        </message>
        <message>
            <source>Die Runde „%1“ ist geschlossen.</source>
            <translation>The round “%1” is closed.</translation>
        </message>
        <message>
            <source>Bitte zuerst auswählen, wer abstimmt.</source>
            <translation>Please first choose who is voting.</translation>
        </message>
        <message>
            <source>Es stimmt ab: %1</source>
            <translation>Voting now: %1</translation>
        </message>
        <message>
            <source>(Vertretung)</source>
            <translation>(proxy)</translation>
        </message>
        <message>
            <source>Punkt übrig</source>
            <translation>Point left</translation>
        </message>
        <message>
            <source>Ihre Punkte hier: %1</source>
            <translation>Your points here: %1</translation>
        </message>
        <message>
            <source>Angenommen: %1 auf „%2“. Noch %3 übrig.</source>
            <translation>Accepted: %1 on “%2”. %3 left.</translation>
        </message>
        <message>
            <source>1 Punkt</source>
            <translation>1 point</translation>
        </message>
        <message>
            <source>%1 Punkte</source>
            <translation>%1 points</translation>
        </message>
        <message>
            <source>Es gibt keinen Punkt zum Zurücknehmen.</source>
            <translation>There is no point to take back.</translation>
        </message>
        <message>
            <source>Der letzte Punkt wurde zurückgenommen.</source>
            <translation>The last point was taken back.</translation>
        </message>
        <message>
            <source>Noch %1</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>Zeit abgelaufen</source>
            <translation>Time is up</translation>
        </message>
    </context>
    <context>
        <name>BarrierList</name>
        <message>
            <source>alle</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Barriere</source>
            <translation>Barrier</translation>
        </message>
        <message>
            <source>Worauf</source>
            <translation>On what</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Geplante Maßnahme</source>
            <translation>Planned measure</translation>
        </message>
        <message>
            <source>Stand „%1“ gespeichert.</source>
            <translation>Status “%1” saved.</translation>
        </message>
        <message>
            <source>Maßnahme gespeichert.</source>
            <translation>Measure saved.</translation>
        </message>
    </context>
    <context>
        <name>BoardCommands</name>
        <message>
            <source>Karte anlegen</source>
            <translation>Create card</translation>
        </message>
        <message>
            <source>Karten einfügen</source>
            <translation>Paste cards</translation>
        </message>
        <message>
            <source>Einfügen</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Text ändern</source>
            <translation>Change text</translation>
        </message>
        <message>
            <source>Größe ändern</source>
            <translation>Resize</translation>
        </message>
        <message>
            <source>Farbe ändern</source>
            <translation>Change colour</translation>
        </message>
        <message>
            <source>Betrag ändern</source>
            <translation>Change amount</translation>
        </message>
        <message>
            <source>Karte verschieben</source>
            <translation>Move card</translation>
        </message>
        <message>
            <source>Karten verschieben</source>
            <translation>Move cards</translation>
        </message>
        <message>
            <source>Karte löschen</source>
            <translation>Delete card</translation>
        </message>
        <message>
            <source>Karten löschen</source>
            <translation>Delete cards</translation>
        </message>
        <message>
            <source>Karten wiederherstellen</source>
            <translation>Restore cards</translation>
        </message>
        <message>
            <source>Gruppe bilden</source>
            <translation>Form group</translation>
        </message>
        <message>
            <source>Gruppe umbenennen</source>
            <translation>Rename group</translation>
        </message>
        <message>
            <source>Karten aufdecken</source>
            <translation>Reveal cards</translation>
        </message>
        <message>
            <source>Akteur verknüpfen</source>
            <translation>Link actor</translation>
        </message>
        <message>
            <source>Verknüpfung lösen</source>
            <translation>Unlink</translation>
        </message>
    </context>
    <context>
        <name>BoardEditor</name>
        <message>
            <source>Verdeckte Karten lassen sich erst nach dem Aufdecken bearbeiten.</source>
            <translation>Hidden cards can only be edited once they are revealed.</translation>
        </message>
        <message>
            <source>Farbe nach Gruppe</source>
            <translation>Colour by group</translation>
        </message>
    </context>
    <context>
        <name>BoardPainting</name>
        <message>
            <source> / Monat</source>
            <translation> / month</translation>
        </message>
        <message>
            <source> / Jahr</source>
            <translation> / year</translation>
        </message>
        <message>
            <source>verdeckte Karte</source>
            <translation>hidden card</translation>
        </message>
        <message>
            <source>⚠ Konflikt</source>
            <translation>⚠ Conflict</translation>
        </message>
        <message>
            <source>Summe: {0} / Monat · {1} / Jahr</source>
            <translation>Total: {0} / month · {1} / year</translation>
        </message>
    </context>
    <context>
        <name>BoardToolbar</name>
        <message>
            <source>Karten</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>Ansicht</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Nach Gruppe der Verfasser*in</source>
            <translation>By the author's group</translation>
        </message>
        <message>
            <source> Suche: </source>
            <translation> Search: </translation>
        </message>
        <message>
            <source>Text auf Karten …</source>
            <translation>Text on cards …</translation>
        </message>
        <message>
            <source>alle Farben</source>
            <translation>all colours</translation>
        </message>
        <message>
            <source>alle Gruppen</source>
            <translation>all groups</translation>
        </message>
        <message>
            <source> {0} Treffer </source>
            <translation> {0} matches </translation>
        </message>
        <message>
            <source> Karte von: </source>
            <translation> Card by: </translation>
        </message>
        <message>
            <source>Wessen Beitrag wird aufgeschrieben? Die Karte bekommt die Farbe der Gruppe.</source>
            <translation>Whose contribution is being written down? The card gets the colour of the group.</translation>
        </message>
        <message>
            <source>– ohne Angabe –</source>
            <translation>– not stated –</translation>
        </message>
        <message>
            <source>Schriftgröße der Karten in der Präsentation (auf dem Bildschirm)</source>
            <translation>Font size of the cards in the presentation (on screen)</translation>
        </message>
        <message>
            <source> Schrift: </source>
            <translation> Font: </translation>
        </message>
    </context>
    <context>
        <name>BoardVoteBar</name>
        <message>
            <source>Neue Runde …</source>
            <extracomment>the points per card to draw on the board changed ({} while the round hides them or none is chosen) asks before the final close; replaced in tests</extracomment>
            <translation>New round …</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Abstimmung:</source>
            <translation>Vote:</translation>
        </message>
        <message>
            <source>Noch keine Runde für diese Leinwand – »Neue Runde …« legt eine an.</source>
            <translation>No round for this canvas yet – »New round …« creates one.</translation>
        </message>
        <message>
            <source>{0}: {1}, {2} Punkte pro Person</source>
            <translation>{0}: {1}, {2} points per person</translation>
        </message>
        <message>
            <source> – Ergebnisse erst nach dem Schließen</source>
            <translation> – results only after closing</translation>
        </message>
        <message>
            <source> – zum Abstimmen »Öffnen«</source>
            <translation> – choose »Open« to vote</translation>
        </message>
        <message>
            <source>. Niemand ist als anwesend eingetragen: »Vertretung« ankreuzen oder »Anonymer Stimmzettel« wählen.</source>
            <translation>. Nobody is marked as present: tick »proxy« or choose »Anonymous ballot«.</translation>
        </message>
        <message>
            <source>. Keine Punkte vergeben.</source>
            <translation>. No points given.</translation>
        </message>
        <message>
            <source>„{0}“ {1}</source>
            <translation>“{0}” {1}</translation>
        </message>
        <message>
            <source>. Meiste Punkte: </source>
            <translation>. Most points: </translation>
        </message>
        <message>
            <source>Runde „{0}“ angelegt. Zum Abstimmen »Öffnen« wählen.</source>
            <translation>Round “{0}” created. Choose »Open« to start voting.</translation>
        </message>
        <message>
            <source>Die Runde ist offen: wählen, wer abstimmt, dann die Karten antippen.</source>
            <translation>The round is open: choose who is voting, then tap the cards.</translation>
        </message>
        <message>
            <source>Die Runde endgültig schließen? Danach nimmt sie keine Stimmen mehr an, und die Punkte erscheinen auf den Karten.</source>
            <translation>Close the round for good? After that it accepts no more votes, and the points appear on the cards.</translation>
        </message>
        <message>
            <source>Die Runde ist geschlossen. Die Punkte stehen jetzt auf den Karten.</source>
            <translation>The round is closed. The points are now shown on the cards.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Abstimmungsrunde wählen oder anlegen.</source>
            <translation>Please first choose or create a voting round.</translation>
        </message>
        <message>
            <source>Die Runde „{0}“ ist geschlossen.</source>
            <translation>The round “{0}” is closed.</translation>
        </message>
        <message>
            <source>Die Runde „{0}“ ist noch nicht geöffnet – bitte »Öffnen« wählen.</source>
            <translation>The round “{0}” is not open yet – please choose »Open«.</translation>
        </message>
        <message>
            <source>Abstimmung schließen</source>
            <translation>Close vote</translation>
        </message>
    </context>
    <context>
        <name>CanvasDiff</name>
        <message>
            <source>Text</source>
            <extracomment>The fields a change can touch, in the order they are named to the user. German names of the changed fields, shown as "geändert: Text, Bereich".</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Betrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Farbe</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>ohne Angabe</source>
            <extracomment>The group of cards whose author is unknown.</extracomment>
            <translation>not stated</translation>
        </message>
    </context>
    <context>
        <name>CanvasPage</name>
        <message>
            <source>Neue Leinwand …</source>
            <translation>New canvas …</translation>
        </message>
        <message>
            <source>Leinwand:</source>
            <translation>Canvas:</translation>
        </message>
        <message>
            <source>Noch keine Leinwand geöffnet. Wählen Sie oben eine aus oder legen Sie mit »Neue Leinwand …« eine an.</source>
            <translation>No canvas is open yet. Choose one above or create one with »New canvas …«.</translation>
        </message>
        <message>
            <source>Neue Karte</source>
            <translation>New card</translation>
        </message>
        <message>
            <source>Neue Karte im aktuellen Bereich</source>
            <translation>New card in the current area</translation>
        </message>
        <message>
            <source>Löschen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Rückgängig</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Wiederholen</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Farbe</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Gruppe bilden …</source>
            <translation>Form group …</translation>
        </message>
        <message>
            <source>Akteure …</source>
            <translation>Actors …</translation>
        </message>
        <message>
            <source>Betrag …</source>
            <translation>Amount …</translation>
        </message>
        <message>
            <source>Kommentieren</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Kommentare zur ausgewählten Karte an der Seite zeigen und schnell erfassen</source>
            <translation>Show comments on the selected card at the side and record them quickly</translation>
        </message>
        <message>
            <source>Privat schreiben</source>
            <translation>Write privately</translation>
        </message>
        <message>
            <source>Neue Karten erscheinen verdeckt, bis sie aufgedeckt werden</source>
            <translation>New cards appear hidden until they are revealed</translation>
        </message>
        <message>
            <source>Aufdecken</source>
            <translation>Reveal</translation>
        </message>
        <message>
            <source>Verkleinern</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Vergrößern</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>An Bildschirm anpassen</source>
            <translation>Fit to screen</translation>
        </message>
        <message>
            <source>Präsentation</source>
            <translation>Presentation</translation>
        </message>
        <message>
            <source>Abstimmen</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Punkte vergeben durch Antippen der Karten auf der Tafel</source>
            <translation>Give points by tapping the cards on the board</translation>
        </message>
        <message>
            <source>Als neue Version sichern</source>
            <translation>Save as new version</translation>
        </message>
        <message>
            <source>Den jetzigen Stand als nächste Version weiterführen; der bisherige bleibt unverändert zum Vergleichen</source>
            <translation>Continue the current state as the next version; the previous one stays unchanged for comparison</translation>
        </message>
        <message>
            <source>Versionen vergleichen …</source>
            <translation>Compare versions …</translation>
        </message>
        <message>
            <source>Sitzungen vergleichen …</source>
            <translation>Compare sessions …</translation>
        </message>
        <message>
            <source>Vorlage bearbeiten …</source>
            <translation>Edit template …</translation>
        </message>
        <message>
            <source>Neue Vorlage …</source>
            <translation>New template …</translation>
        </message>
        <message>
            <source>Als Bild speichern (PNG, SVG, PDF) …</source>
            <translation>Save as picture (PNG, SVG, PDF) …</translation>
        </message>
        <message>
            <source>Vergleichen und Vorlagen</source>
            <translation>Compare and templates</translation>
        </message>
        <message>
            <source>{0} (Version {1}, {2} Karten) – {3}</source>
            <translation>{0} (version {1}, {2} cards) – {3}</translation>
        </message>
        <message>
            <source>Tipp: N = neue Karte, Enter = bearbeiten, Pfeiltasten = von Karte zu Karte, Entf = löschen, Strg+Z = rückgängig.</source>
            <translation>Tip: N = new card, Enter = edit, arrow keys = from card to card, Del = delete, Ctrl+Z = undo.</translation>
        </message>
        <message>
            <source>Bitte genau eine Karte auswählen.</source>
            <translation>Please select exactly one card.</translation>
        </message>
        <message>
            <source>Bitte zuerst die Karten auswählen, die zusammengehören.</source>
            <translation>Please first select the cards that belong together.</translation>
        </message>
        <message>
            <source>Gruppe bilden</source>
            <translation>Form group</translation>
        </message>
        <message>
            <source>Überschrift der Gruppe:</source>
            <translation>Heading of the group:</translation>
        </message>
        <message>
            <source>Akteure verknüpfen</source>
            <translation>Link actors</translation>
        </message>
        <message>
            <source>Privat schreiben: neue Karten erscheinen verdeckt.</source>
            <translation>Write privately: new cards appear hidden.</translation>
        </message>
        <message>
            <source>Keine verdeckten Karten</source>
            <translation>No hidden cards</translation>
        </message>
        <message>
            <source>Alle aufdecken ({0})</source>
            <translation>Reveal all ({0})</translation>
        </message>
        <message>
            <source>unbekannt</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Nur {0} ({1})</source>
            <translation>Only {0} ({1})</translation>
        </message>
        <message>
            <source>{0} Karten aufgedeckt.</source>
            <translation>{0} cards revealed.</translation>
        </message>
        <message>
            <source>Präsentation auf „{0}“; die Bedienung bleibt hier.</source>
            <translation>Presentation on “{0}”; you keep control here.</translation>
        </message>
        <message>
            <source>Nur ein Bildschirm gefunden: die Präsentation füllt diesen Bildschirm. Esc beendet sie, Strg+Plus/Minus ändert die Schrift.</source>
            <translation>Only one screen found: the presentation fills this screen. Esc ends it, Ctrl+Plus/Minus changes the font size.</translation>
        </message>
        <message>
            <source>Abstimmen: wählen, wer abstimmt, dann Karten antippen (oder mit den Pfeiltasten wählen und Enter drücken).</source>
            <translation>Voting: choose who is voting, then tap cards (or choose with the arrow keys and press Enter).</translation>
        </message>
        <message>
            <source>Als Version {0} gesichert. Sie arbeiten jetzt in Version {0}; Version {1} bleibt unverändert.</source>
            <extracomment>the template saved last in the editor; "Neue Leinwand …" preselects it</extracomment>
            <translation>Saved as version {0}. You are now working in version {0}; version {1} stays unchanged.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Leinwand öffnen.</source>
            <translation>Please open a canvas first.</translation>
        </message>
        <message>
            <source>Vorlage „{0}“ gespeichert. »Neue Leinwand …« bietet sie jetzt an.</source>
            <translation>Template “{0}” saved. »New canvas …« now offers it.</translation>
        </message>
        <message>
            <source>Punkt geben (Enter)</source>
            <translation>Give a point (Enter)</translation>
        </message>
        <message>
            <source>Kommentieren (C)</source>
            <translation>Comment (C)</translation>
        </message>
        <message>
            <source>Bearbeiten (Enter)</source>
            <translation>Edit (Enter)</translation>
        </message>
        <message>
            <source>Akteur verknüpfen …</source>
            <translation>Link actor …</translation>
        </message>
        <message>
            <source>Löschen (Entf)</source>
            <translation>Delete (Del)</translation>
        </message>
    </context>
    <context>
        <name>CanvasRender</name>
        <message>
            <source>Leinwand aus QuartiersWerkstatt</source>
            <translation>Canvas from QuartiersWerkstatt</translation>
        </message>
    </context>
    <context>
        <name>CanvasVersions</name>
        <message>
            <source>Version {n}</source>
            <translation>Version {n}</translation>
        </message>
        <message>
            <source>Die Tafel gibt es nicht (mehr).</source>
            <translation>This board no longer exists.</translation>
        </message>
        <message>
            <source>Die Sitzung für die neue Version gibt es nicht (mehr).</source>
            <translation>The session for the new version no longer exists.</translation>
        </message>
        <message>
            <source>Die beiden Tafeln beruhen auf verschiedenen Vorlagen.</source>
            <translation>The two boards are based on different templates.</translation>
        </message>
        <message>
            <source>Die beiden Tafeln sind keine Versionen derselben Tafel.</source>
            <translation>The two boards are not versions of the same board.</translation>
        </message>
        <message>
            <source>Nur Tafeln mit derselben Vorlage lassen sich vergleichen.</source>
            <translation>Only boards with the same template can be compared.</translation>
        </message>
    </context>
    <context>
        <name>CardCommentsSide</name>
        <message>
            <source>Schließen</source>
            <extracomment>a comment was saved or edited: the badges on the cards need new numbers</extracomment>
            <translation>Close</translation>
        </message>
        <message>
            <source>Kommentare zur Karte „{0}“</source>
            <translation>Comments on the card “{0}”</translation>
        </message>
    </context>
    <context>
        <name>CardItem</name>
        <message>
            <source>Verdeckte Karte – wird beim Aufdecken sichtbar.</source>
            <translation>Hidden card – becomes visible when revealed.</translation>
        </message>
        <message>
            <source>Akteure: </source>
            <translation>Actors: </translation>
        </message>
        <message>
            <source>Gruppe: </source>
            <translation>Group: </translation>
        </message>
        <message>
            <source>1 Punkt</source>
            <translation>1 point</translation>
        </message>
        <message>
            <source>{0} Punkte</source>
            <translation>{0} points</translation>
        </message>
        <message>
            <source>1 Kommentar</source>
            <translation>1 comment</translation>
        </message>
        <message>
            <source>{0} Kommentare</source>
            <translation>{0} comments</translation>
        </message>
        <message>
            <source>Konflikt aus dem Zusammenführen: unter Datei → Synchronisieren → Konflikte prüfen</source>
            <translation>Conflict from merging: review it under File → Synchronise → Conflicts</translation>
        </message>
    </context>
    <context>
        <name>CardPalette</name>
        <message>
            <source>Gelb</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <source>Grün</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Blau</source>
            <translation>Blue</translation>
        </message>
        <message>
            <source>Rot</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Lila</source>
            <translation>Purple</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Grau</source>
            <translation>Grey</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Angebot</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Anbieter</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Zielgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Preis</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Financing</translation>
        </message>
        <message>
            <source>Erreichbarkeit</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Bedarf (Karte)</source>
            <translation>Need (card)</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Angebote</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Lücken: Bedarfe ohne passendes Angebot</source>
            <translation>Gaps: needs without a matching service</translation>
        </message>
        <message>
            <source>Karten aus »Zielgruppen« und »Wertangebot« der Kooperationsmodelle, zu denen kein Angebot ein gemeinsames Stichwort hat (Name, Kategorie oder Zielgruppe).</source>
            <translation>Cards from »Target groups« and »Value proposition« of the cooperation models that share no keyword with any service (name, category or target group).</translation>
        </message>
        <message>
            <source>Überschneidungen: mehrere Anbieter in einer Kategorie – Ressourcen bündeln?</source>
            <translation>Overlaps: several providers in one category – pool resources?</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Kategorien bearbeiten</source>
            <translation>Edit categories</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Neu unter …</source>
            <translation>New under …</translation>
        </message>
        <message>
            <source>Umbenennen</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Verschieben unter …</source>
            <translation>Move under …</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>(oberste Ebene)</source>
            <translation>(top level)</translation>
        </message>
    </context>
    <context>
        <name>CommentEditor</name>
        <message>
            <source>Kommentar bearbeiten</source>
            <translation>Edit comment</translation>
        </message>
        <message>
            <source>Umsetzungsbarriere</source>
            <translation>Implementation barrier</translation>
        </message>
        <message>
            <source>geplante Maßnahme</source>
            <translation>planned measure</translation>
        </message>
        <message>
            <source>Änderungen speichern</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Haltung</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Aspekte</source>
            <translation>Aspects</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Maßnahme</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Kommentar</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Haltung</source>
            <translation>Stance</translation>
        </message>
        <message>
            <source>Aspekte</source>
            <translation>Aspects</translation>
        </message>
        <message>
            <source>Barriere</source>
            <translation>Barrier</translation>
        </message>
        <message>
            <source>von</source>
            <translation>by</translation>
        </message>
        <message>
            <source>Kommentar tippen, Enter speichert (Alt+1…5 Haltung, Alt+E/R/S Aspekte, Alt+B Barriere, Alt+↑/↓ und Alt+A antworten)</source>
            <translation>Type a comment, Enter saves (Alt+1…5 stance, Alt+E/R/S aspects, Alt+B barrier, Alt+↑/↓ and Alt+A reply)</translation>
        </message>
        <message>
            <source>Worauf?</source>
            <translation>On what?</translation>
        </message>
        <message>
            <source>Kommentare</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>Umsetzungsbarrieren</source>
            <translation>Implementation barriers</translation>
        </message>
        <message>
            <source>Barriere: %1</source>
            <translation>Barrier: %1</translation>
        </message>
        <message>
            <source>Haltung: %1</source>
            <translation>Stance: %1</translation>
        </message>
        <message>
            <source>Aspekte: %1</source>
            <translation>Aspects: %1</translation>
        </message>
        <message>
            <source>keine</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Umsetzungsbarriere</source>
            <translation>Implementation barrier</translation>
        </message>
        <message>
            <source>Antwort auf „%1“</source>
            <translation>Reply to “%1”</translation>
        </message>
        <message>
            <source>Bitte zuerst wählen, worauf sich der Kommentar bezieht.</source>
            <translation>Please first choose what the comment refers to.</translation>
        </message>
        <message>
            <source>Gespeichert (%1).</source>
            <translation>Saved (%1).</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Monat {0}</source>
            <translation>Month {0}</translation>
        </message>
        <message>
            <source>Trägt sich nach Förderende</source>
            <translation>Self-supporting after funding ends</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Lücke pro Monat</source>
            <translation>Gap per month</translation>
        </message>
        <message>
            <source>Förderung bis</source>
            <translation>Funding until</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>Break-even</translation>
        </message>
        <message>
            <source>Einnahmen gesamt</source>
            <translation>Total revenue</translation>
        </message>
        <message>
            <source>davon befristet</source>
            <translation>of which time-limited</translation>
        </message>
        <message>
            <source>Kosten gesamt</source>
            <translation>Total costs</translation>
        </message>
        <message>
            <source>Kontostand am Ende</source>
            <translation>Balance at the end</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
    </context>
    <context>
        <name>CompatibilityTab</name>
        <message>
            <source>Paare mit Verbindung</source>
            <translation>Pairs with a connection</translation>
        </message>
        <message>
            <source>alle Schlüsselpartner</source>
            <translation>all key partners</translation>
        </message>
        <message>
            <source>alle Akteure</source>
            <translation>all actors</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Bewertung</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Regeln sagen</source>
            <translation>Rules say</translation>
        </message>
        <message>
            <source>Begründung der Gruppe</source>
            <translation>The group's reasoning</translation>
        </message>
        <message>
            <source>Warum sieht die Gruppe das anders? (Pflicht)</source>
            <translation>Why does the group see it differently? (required)</translation>
        </message>
        <message>
            <source>Abweichend bewerten</source>
            <translation>Assess differently</translation>
        </message>
        <message>
            <source>Abweichung aufheben</source>
            <translation>Remove the deviation</translation>
        </message>
        <message>
            <source>Gemeinsam finanziert über:</source>
            <translation>Jointly financed through:</translation>
        </message>
        <message>
            <source>Welche Paare:</source>
            <translation>Which pairs:</translation>
        </message>
        <message>
            <source>(abweichend)</source>
            <translation>(deviating)</translation>
        </message>
        <message>
            <source>Ein Paar auswählen, um die Begründungen zu sehen.</source>
            <translation>Choose a pair to see the reasons.</translation>
        </message>
        <message>
            <source>Die Gruppe bewertet: %1 – %2</source>
            <translation>The group assesses: %1 – %2</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Eintrag / Feld</source>
            <extracomment>a conflict was resolved: views showing the record should reload</extracomment>
            <translation>Entry / field</translation>
        </message>
        <message>
            <source>Aktueller Wert</source>
            <translation>Current value</translation>
        </message>
        <message>
            <source>Anderer Wert</source>
            <translation>Other value</translation>
        </message>
        <message>
            <source>Anderer Wert von</source>
            <translation>Other value by</translation>
        </message>
        <message>
            <source>Konflikte</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Aktuellen Wert &amp;behalten</source>
            <translation>&amp;Keep current value</translation>
        </message>
        <message>
            <source>Anderen Wert ü&amp;bernehmen</source>
            <translation>&amp;Take other value</translation>
        </message>
        <message>
            <source>Gelöscht, danach anderswo bearbeitet</source>
            <translation>Deleted, edited elsewhere afterwards</translation>
        </message>
        <message>
            <source>gelöscht</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>Aktueller Wert von {who}</source>
            <translation>Current value by {who}</translation>
        </message>
        <message>
            <source>{n} Konflikte in {m} Einträgen. Wählen Sie einen Konflikt und behalten Sie den aktuellen Wert oder übernehmen Sie den anderen.</source>
            <translation>{n} conflicts in {m} entries. Choose a conflict and keep the current value or take the other one.</translation>
        </message>
        <message>
            <source>Was hier gelöscht und anderswo danach bearbeitet wurde, können Sie wiederherstellen oder gelöscht lassen.</source>
            <translation>What was deleted here and edited elsewhere afterwards can be restored or left deleted.</translation>
        </message>
        <message>
            <source>Keine offenen Konflikte: alle zusammengeführten Änderungen passen zueinander.</source>
            <translation>No open conflicts: all merged changes fit together.</translation>
        </message>
        <message>
            <source>Gelöscht &amp;lassen</source>
            <translation>&amp;Leave deleted</translation>
        </message>
        <message>
            <source>&amp;Wiederherstellen</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Name im Protokoll</source>
            <translation>Name in the protocol</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Kontakt danach</source>
            <translation>Contact afterwards</translation>
        </message>
    </context>
    <context>
        <name>ConsentPanel</name>
        <message>
            <source>Einwilligungen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Bitte eine Person in der Liste auswählen.</source>
            <translation>Please choose a person in the list.</translation>
        </message>
        <message>
            <source>erfasst von (Name der Moderation)</source>
            <translation>recorded by (name of the facilitator)</translation>
        </message>
        <message>
            <source>Einwilligung erteilt</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Einwilligung widerrufen</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Zweck</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Erklärung</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <source>erfasst von</source>
            <translation>recorded by</translation>
        </message>
        <message>
            <source>Verlauf (wird nie geändert, nur ergänzt)</source>
            <translation>History (never changed, only added to)</translation>
        </message>
        <message>
            <source>erteilt</source>
            <translation>given</translation>
        </message>
        <message>
            <source>widerrufen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>%1: %2 – gespeichert.</source>
            <translation>%1: %2 – saved.</translation>
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>Verbindungen</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>Netzwerkbild</source>
            <translation>Network map</translation>
        </message>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>Netzwerke</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Kosten/Nutzen</source>
            <translation>Costs/benefits</translation>
        </message>
        <message>
            <source>Angebote im Quartier</source>
            <translation>Services in the neighbourhood</translation>
        </message>
        <message>
            <source>Kompatibilität</source>
            <translation>Compatibility</translation>
        </message>
    </context>
    <context>
        <name>CostBenefitMatrixTab</name>
        <message>
            <source>Je Zelle: Summe der Gewichte der Kosten (K) und des Nutzens (N) aus Sicht der Akteure. Einträge erfassen Sie beim Akteur im Reiter »Kosten/Nutzen«.</source>
            <translation>Per cell: sum of the weights of costs (C) and benefits (B) from the actors' point of view. Enter them for each actor on the »Costs/benefits« tab.</translation>
        </message>
    </context>
    <context>
        <name>CostBenefitTab</name>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Gewicht</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Notiz</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Nutzen</source>
            <translation>Benefit</translation>
        </message>
        <message>
            <source>z. B. Personal für Konferenzen</source>
            <translation>e.g. staff for conferences</translation>
        </message>
        <message>
            <source>Hinzufügen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gewicht 1–5</source>
            <translation>Weight 1–5</translation>
        </message>
    </context>
    <context>
        <name>CrossCheckView</name>
        <message>
            <source>Beträge auf den Karten (pro Monat gerechnet) gegen das Modell im ersten Jahr (Jahressumme ÷ 12). Differenz = Modell − Karten.</source>
            <translation>Amounts on the cards (per month) against the model in the first year (annual total ÷ 12). Difference = model − cards.</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Karten</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>Karten pro Monat</source>
            <translation>Cards per month</translation>
        </message>
        <message>
            <source>Modell pro Monat</source>
            <translation>Model per month</translation>
        </message>
        <message>
            <source>Differenz pro Monat</source>
            <translation>Difference per month</translation>
        </message>
        <message>
            <source>Karte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Betrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Im Modell</source>
            <translation>In the model</translation>
        </message>
        <message>
            <source>Fehlende Kartenbeträge ins Modell übernehmen</source>
            <translation>Copy missing card amounts into the model</translation>
        </message>
        <message>
            <source>Kein Modell gewählt.</source>
            <translation>No model chosen.</translation>
        </message>
        <message>
            <source>Abgleich mit »{0}« (v{1})</source>
            <translation>Comparison with »{0}« (v{1})</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>fehlt</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>{0} Zeilen aus Karten übernommen.</source>
            <translation>{0} rows copied from cards.</translation>
        </message>
    </context>
    <context>
        <name>Datenschutz</name>
        <message>
            <source>Alle personenbezogenen Daten von »{name}« werden gelöscht: Name, Kontaktangaben, Notizen, die Zuordnung zu einer Organisation und die Bemerkungen zu Einwilligungen. Wo der ganze Name in Texten steht (Karten, Kommentare, Moderation, »wer« bei Beschlüssen und nächsten Schritten, Kontaktaufnahmen …), wird er durch »[Name gelöscht]« ersetzt.

Was die Person beigetragen hat – Karten, Kommentare und Stimmen – bleibt erhalten und wird »gelöscht« zugeordnet. Die Löschung wird vermerkt und beim nächsten Zusammenführen auf alle Kopien und den Hub übertragen, auch auf Einträge, die erst später von alten Laptops kommen; alte Stände in der Datei werden überschrieben.

Das kann nicht rückgängig gemacht werden.</source>
            <translation>All personal data of “{name}” will be erased: name, contact details, notes, the link to an organisation and the remarks on consent. Wherever the whole name appears in texts (cards, comments, facilitators, “who” of decisions and next steps, outreach contacts …), it is replaced by “[Name gelöscht]”.

What the person contributed – cards, comments and votes – stays and is attributed to “gelöscht” (erased). The erasure is recorded and carried to every copy and the hub at the next merge, also to entries that arrive later from old laptops; old versions in the file are overwritten.

This cannot be undone.</translation>
        </message>
        <message>
            <source>Person löschen (DSGVO)</source>
            <translation>Erase person (GDPR)</translation>
        </message>
        <message>
            <source>Wo der Name sonst noch steht</source>
            <translation>Where else the name appears</translation>
        </message>
        <message>
            <source>Wo</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Textstelle</source>
            <translation>Passage</translation>
        </message>
        <message>
            <source>Alle übrigen Stellen schwärzen</source>
            <translation>Redact all remaining passages</translation>
        </message>
        <message>
            <source>Endgültig löschen</source>
            <translation>Erase for good</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>(gelöschter Eintrag)</source>
            <translation>(deleted entry)</translation>
        </message>
        <message>
            <source>wird beim Löschen ersetzt</source>
            <translation>replaced by the erasure</translation>
        </message>
        <message>
            <source>Schwärzen</source>
            <translation>Redact</translation>
        </message>
        <message>
            <source>»%1« an dieser Stelle durch »[Name gelöscht]« ersetzen</source>
            <translation>Replace “%1” here by “[Name gelöscht]”</translation>
        </message>
        <message>
            <source>Schwärzen: %1</source>
            <translation>Redact: %1</translation>
        </message>
        <message>
            <source>Der Name kommt in keinem anderen Text vor.</source>
            <translation>The name appears in no other text.</translation>
        </message>
        <message>
            <source>%1 Stellen nennen vielleicht die Person (ein Teil des Namens oder der Name einer Organisation). Prüfen Sie sie: »Schwärzen« ersetzt die Stelle durch »[Name gelöscht]«.</source>
            <translation>%1 passages may name the person (a part of the name or the name of an organisation). Check them: “Redact” replaces the passage by “[Name gelöscht]”.</translation>
        </message>
        <message>
            <source>Alle Stellen werden beim Löschen ersetzt.</source>
            <translation>All passages are replaced by the erasure.</translation>
        </message>
        <message>
            <source>Geschwärzt: %1</source>
            <translation>Redacted: %1</translation>
        </message>
        <message>
            <source>%1 Stellen geschwärzt.</source>
            <translation>%1 passages redacted.</translation>
        </message>
        <message>
            <source>Auskunft exportieren (Art. 15)</source>
            <translation>Export data access report (Art. 15)</translation>
        </message>
        <message>
            <source>JSON-Dateien (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
    </context>
    <context>
        <name>DueContactsWidget</name>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Letzter Kontakt</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Nächster Schritt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tage überfällig</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Fällig bis einschließlich</source>
            <translation>Due up to and including</translation>
        </message>
        <message numerus="yes">
            <source>%n Kontakt(e) fällig</source>
            <translation>
                <numerusform>%n contact due</numerusform>
                <numerusform>%n contacts due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Einladungsliste</name>
        <message>
            <source>Sehr geehrte {person}</source>
            <translation>Dear {person}</translation>
        </message>
        <message>
            <source>Sehr geehrter {person}</source>
            <translation>Dear {person}</translation>
        </message>
        <message>
            <source>Guten Tag {person}</source>
            <translation>Hello {person}</translation>
        </message>
        <message>
            <source>Sehr geehrte Damen und Herren</source>
            <translation>Dear Sir or Madam</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <source>Ein unerwarteter Fehler ist aufgetreten. Die letzte Aktion wurde möglicherweise nicht ausgeführt.

Ihre Daten sind gespeichert: Jede Änderung wird sofort einzeln gesichert, die Werkstatt-Datei bleibt in Ordnung. Sie können weiterarbeiten.

Wenn der Fehler wiederkehrt, geben Sie bitte die Protokolldatei an Ihre Ansprechperson weiter:
{path}</source>
            <translation>An unexpected error occurred. The last action may not have been carried out.

Your data is saved: every change is stored on its own at once, the workshop file is intact. You can keep working.

If the error comes back, please pass the log file on to your contact person:
{path}</translation>
        </message>
        <message>
            <source>{sentence}

Die letzte Änderung wurde nicht gespeichert; alle früheren Änderungen sind sicher in der Werkstatt-Datei. Sobald wieder Platz ist (oder der Datenträger wieder beschreibbar), können Sie weiterarbeiten.</source>
            <translation>{sentence}

The last change was not saved; all earlier changes are safe in the workspace file. As soon as there is room again (or the disk is writable again), you can carry on.</translation>
        </message>
        <message>
            <source>Speichern nicht möglich</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Unerwarteter Fehler</source>
            <translation>Unexpected error</translation>
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <source>Für dieses Kriterium ist kein Zielwert festgelegt.</source>
            <translation>No target value has been set for this criterion.</translation>
        </message>
        <message>
            <source>{label}: noch keine Messung</source>
            <translation>{label}: no measurement yet</translation>
        </message>
        <message>
            <source>{label} erreichte »{goal}« nie ({count} Messungen)</source>
            <translation>{label} never reached »{goal}« ({count} measurements)</translation>
        </message>
        <message>
            <source>{label} erreichte »{goal}« im Monat {month} (am {day})</source>
            <translation>{label} reached »{goal}« in month {month} (on {day})</translation>
        </message>
        <message>
            <source>Noch keine Messungen.</source>
            <translation>No measurements yet.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationView</name>
        <message>
            <source>»{text}« ist keine Zahl (Beispiel: 82,5).</source>
            <translation>»{text}« is not a number (example: 82.5).</translation>
        </message>
        <message>
            <source>z. B. Kostendeckung</source>
            <translation>e.g. cost coverage</translation>
        </message>
        <message>
            <source>z. B. %</source>
            <translation>e.g. %</translation>
        </message>
        <message>
            <source>z. B. 80</source>
            <translation>e.g. 80</translation>
        </message>
        <message>
            <source>höher ist besser</source>
            <translation>higher is better</translation>
        </message>
        <message>
            <source>niedriger ist besser</source>
            <translation>lower is better</translation>
        </message>
        <message>
            <source>Kriterium hinzufügen</source>
            <translation>Add criterion</translation>
        </message>
        <message>
            <source>Kriterien</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Einheit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Zielwert</source>
            <translation>Target value</translation>
        </message>
        <message>
            <source>Richtung</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Wert</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Quelle</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Treffen</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Quelle, z. B. Kassenbuch</source>
            <translation>Source, e.g. cash book</translation>
        </message>
        <message>
            <source>Messung hinzufügen</source>
            <translation>Add measurement</translation>
        </message>
        <message>
            <source>(ohne Treffen)</source>
            <translation>(no meeting)</translation>
        </message>
        <message>
            <source>Noch kein Kriterium.</source>
            <translation>No criterion yet.</translation>
        </message>
        <message>
            <source>in die gewünschte Richtung</source>
            <translation>in the desired direction</translation>
        </message>
        <message>
            <source>nicht in die gewünschte Richtung</source>
            <translation>not in the desired direction</translation>
        </message>
        <message>
            <source>noch zu wenige Messungen</source>
            <translation>too few measurements yet</translation>
        </message>
        <message>
            <source>Trend: {0} ({1})</source>
            <translation>Trend: {0} ({1})</translation>
        </message>
        <message>
            <source>Kriterien gehören zu einem Canvas; bitte das Modell erst mit einem Canvas verknüpfen.</source>
            <translation>Criteria belong to a canvas; please link the model to a canvas first.</translation>
        </message>
        <message>
            <source>Bitte zuerst ein Kriterium wählen oder anlegen.</source>
            <translation>Please first choose or create a criterion.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Daten exportieren</source>
            <translation>Export data</translation>
        </message>
        <message>
            <source>Alle Tabellen der Werkstatt für Tabellenkalkulation und Auswertung. Standardmäßig pseudonymisiert: keine Namen von Teilnehmenden, anonyme Stimmen ohne Person.</source>
            <translation>All tables of the workspace for spreadsheets and analysis. Pseudonymised by default: no participant names, anonymous votes without a person.</translation>
        </message>
        <message>
            <source>Format des Exports</source>
            <translation>Export format</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Ziel des Exports</source>
            <translation>Export target</translation>
        </message>
        <message>
            <source>Durchsuchen …</source>
            <translation>Browse …</translation>
        </message>
        <message>
            <source>Ziel:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <source>mit Namen (nur mit Einwilligung)</source>
            <translation>with names (only with consent)</translation>
        </message>
        <message>
            <source>Namen erscheinen nur bei Personen, die der Nennung zugestimmt haben; alle anderen bleiben Pseudonyme.</source>
            <translation>Names appear only for people who consented to being named; everyone else stays a pseudonym.</translation>
        </message>
        <message>
            <source>Exportieren</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ordner öffnen</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Ordner für den CSV-Export</source>
            <translation>Folder for the CSV export</translation>
        </message>
        <message>
            <source>Excel-Arbeitsmappen (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>JSON-Dateien (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Export speichern</source>
            <translation>Save export</translation>
        </message>
        <message>
            <source>Bitte ein Ziel angeben.</source>
            <translation>Please choose a target.</translation>
        </message>
        <message>
            <source>Wird abgebrochen …</source>
            <translation>Cancelling …</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tabelle: %1</source>
            <translation>Table: %1</translation>
        </message>
        <message>
            <source>pseudonymisiert</source>
            <translation>pseudonymised</translation>
        </message>
        <message>
            <source>mit Namen (nur bei Einwilligung)</source>
            <translation>with names (only with consent)</translation>
        </message>
        <message>
            <source>Export geschrieben (%1): %2</source>
            <translation>Export written (%1): %2</translation>
        </message>
        <message>
            <source>%1 Zellen enthielten Steuerzeichen, die Excel nicht speichern kann; sie stehen dort sichtbar als ␋, ␀, ␛.</source>
            <translation>%1 cells contained control characters that Excel cannot store; they appear there visibly as ␋, ␀, ␛.</translation>
        </message>
        <message>
            <source>Abgebrochen – es wurde nichts geschrieben.</source>
            <translation>Cancelled – nothing was written.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Werkstatt-Dateien (*.werkstatt);;Alle Dateien (*)</source>
            <translation>Workshop files (*.werkstatt);;All files (*)</translation>
        </message>
        <message>
            <source>Werkstatt öffnen</source>
            <translation>Open workshop</translation>
        </message>
    </context>
    <context>
        <name>FinancingPage</name>
        <message>
            <source>Titel des neuen Modells</source>
            <translation>Title of the new model</translation>
        </message>
        <message>
            <source>Neues Modell</source>
            <translation>New model</translation>
        </message>
        <message>
            <source>Modell löschen</source>
            <translation>Delete model</translation>
        </message>
        <message>
            <source> Monate</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Als Excel exportieren</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Finanzierungsmodelle</source>
            <translation>Financing models</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Einnahmen und Kosten</source>
            <translation>Revenue and costs</translation>
        </message>
        <message>
            <source>Diagramme</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Abgleich mit Canvas</source>
            <translation>Comparison with canvas</translation>
        </message>
        <message>
            <source>Modelle vergleichen</source>
            <translation>Compare models</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>(kein Canvas)</source>
            <translation>(no canvas)</translation>
        </message>
        <message>
            <source>Modell »{0}« angelegt.</source>
            <translation>Model »{0}« created.</translation>
        </message>
        <message>
            <source>Das Modell »{0}« mit allen Zeilen löschen?</source>
            <translation>Delete the model »{0}« with all its rows?</translation>
        </message>
        <message>
            <source>Excel-Arbeitsmappe (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Gespeichert: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>FinancingTable</name>
        <message>
            <source>pro Monat</source>
            <translation>per month</translation>
        </message>
        <message>
            <source>pro Jahr</source>
            <translation>per year</translation>
        </message>
        <message>
            <source>pro Person/Monat</source>
            <translation>per person/month</translation>
        </message>
        <message>
            <source>einmalig</source>
            <translation>one-off</translation>
        </message>
        <message>
            <source>sicher</source>
            <translation>certain</translation>
        </message>
        <message>
            <source>wahrscheinlich</source>
            <translation>likely</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>»{text}« ist keine ganze Zahl.</source>
            <translation>»{text}« is not a whole number.</translation>
        </message>
        <message>
            <source>»{text}« ist keine Prozentzahl (Beispiel: 87,5).</source>
            <translation>»{text}« is not a percentage (example: 87.5).</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Quelle</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Betrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Einheit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Nutzende</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Inanspruchnahme</source>
            <translation>Uptake</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Ende</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Sicherheit</source>
            <translation>Certainty</translation>
        </message>
        <message>
            <source>befristet</source>
            <translation>time-limited</translation>
        </message>
        <message>
            <source>öffentlich</source>
            <translation>public</translation>
        </message>
        <message>
            <source>bewertet</source>
            <translation>valued</translation>
        </message>
        <message>
            <source>Kostenart</source>
            <translation>Cost type</translation>
        </message>
    </context>
    <context>
        <name>Finanzierungsquellen</name>
        <message>
            <source>Entlastungsbetrag §45b SGB XI</source>
            <translation>Relief amount §45b SGB XI</translation>
        </message>
        <message>
            <source>Für Pflegebedürftige (Pflegegrad 1–5) zu Hause; Erstattung gegen Rechnung, nur für nach §45a anerkannte Angebote zur Unterstützung im Alltag. Nicht genutzte Beträge verfallen am 30. Juni des Folgejahres.</source>
            <translation>For people in need of care (care level 1–5) living at home; reimbursed against invoice, only for everyday-support services recognised under §45a. Unused amounts lapse on 30 June of the following year.</translation>
        </message>
        <message>
            <source>Entgelte der Nutzenden</source>
            <translation>Users' fees</translation>
        </message>
        <message>
            <source>Selbstzahler-Entgelte für die Leistung.</source>
            <translation>Fees paid by self-paying users for the service.</translation>
        </message>
        <message>
            <source>Mitgliedsbeiträge</source>
            <translation>Membership fees</translation>
        </message>
        <message>
            <source>Nur für Vereine und Genossenschaften.</source>
            <translation>Only for associations and cooperatives.</translation>
        </message>
        <message>
            <source>Kommunaler Zuschuss</source>
            <translation>Municipal grant</translation>
        </message>
        <message>
            <source>Freiwillige Leistung der Kommune, jährlich im Haushalt beschlossen.</source>
            <translation>Voluntary contribution of the municipality, decided each year in the budget.</translation>
        </message>
        <message>
            <source>Städtebauförderung „Sozialer Zusammenhalt“</source>
            <translation>Urban development funding “Social Cohesion”</translation>
        </message>
        <message>
            <source>Quartiersmanagement als Kerninstrument; Zuwendungsempfängerin ist die Kommune. Laufzeit nach dem Fördergebiet.</source>
            <translation>Neighbourhood management as the core instrument; the grant recipient is the municipality. Runs as long as the funding area.</translation>
        </message>
        <message>
            <source>Landesförderung NRW „Entwicklung altengerechter Quartiere“</source>
            <translation>NRW state funding “Developing age-friendly neighbourhoods”</translation>
        </message>
        <message>
            <source>Bis zu 40.000 € im Jahr für höchstens drei Jahre je Quartier, für eine Stelle zur Quartiersentwicklung (etwa die Hälfte der Personalkosten).</source>
            <translation>Up to €40,000 a year for at most three years per neighbourhood, for a neighbourhood development post (about half of the staff costs).</translation>
        </message>
        <message>
            <source>Stiftungsmittel</source>
            <translation>Foundation funds</translation>
        </message>
        <message>
            <source>Projektförderung, z. B. Stiftung Wohlfahrtspflege NRW oder Bürgerstiftung; befristet.</source>
            <translation>Project funding, e.g. Stiftung Wohlfahrtspflege NRW or a community foundation; time-limited.</translation>
        </message>
        <message>
            <source>Sponsoring</source>
            <translation>Sponsorship</translation>
        </message>
        <message>
            <source>Unterstützung durch örtliche Unternehmen gegen Nennung.</source>
            <translation>Support from local businesses in return for being named.</translation>
        </message>
        <message>
            <source>Finanzierung durch die Wohnungswirtschaft</source>
            <translation>Financing by housing companies</translation>
        </message>
        <message>
            <source>Wohnungsunternehmen finanzieren Leistungen für ihre Mieterschaft.</source>
            <translation>Housing companies pay for services for their tenants.</translation>
        </message>
        <message>
            <source>Zeitgutschriften</source>
            <translation>Time credits</translation>
        </message>
        <message>
            <source>Geleistete Stunden werden gutgeschrieben (Seniorengenossenschaft, Verein); können mit einem Geldwert angesetzt oder unbewertet geführt werden.</source>
            <translation>Hours given are credited (senior citizens' cooperative, association); they can be given a money value or kept unvalued.</translation>
        </message>
        <message>
            <source>Spenden</source>
            <translation>Donations</translation>
        </message>
        <message>
            <source>Zuwendungsbestätigungen nur durch gemeinnützige oder öffentliche Träger.</source>
            <translation>Donation receipts only from charitable or public bodies.</translation>
        </message>
    </context>
    <context>
        <name>Finanzierungsszenarien</name>
        <message>
            <source>Basis</source>
            <translation>Base case</translation>
        </message>
        <message>
            <source>Inanspruchnahme −20 %</source>
            <translation>Uptake −20 %</translation>
        </message>
        <message>
            <source>Inanspruchnahme +20 %</source>
            <translation>Uptake +20 %</translation>
        </message>
        <message>
            <source>Förderung endet ein Jahr früher</source>
            <translation>Funding ends a year earlier</translation>
        </message>
    </context>
    <context>
        <name>FunnelWidget</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Akteure jetzt</source>
            <translation>Actors now</translation>
        </message>
        <message>
            <source>so weit gekommen</source>
            <translation>got this far</translation>
        </message>
        <message>
            <source>Ansprache-Trichter</source>
            <translation>Outreach funnel</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Geschäftsmodelle für die Quartiersversorgung gemeinsam entwickeln – mit Bürgerinnen und Bürgern, Dienstleistern und kommunalen Akteuren.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Rechner; jede Änderung wird sofort gespeichert.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Develop business models for neighbourhood care together – with citizens, service providers and municipal actors.&lt;/p&gt;&lt;p&gt;Everything stays on this computer; every change is saved at once.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Über QuartiersWerkstatt</source>
            <translation>About QuartiersWerkstatt</translation>
        </message>
    </context>
    <context>
        <name>HubTab</name>
        <message>
            <source>Mit dem zentralen Server (PostgreSQL) abgleichen: eigene Änderungen senden und die der anderen holen. Das Passwort wird jedes Mal abgefragt und nie gespeichert.</source>
            <translation>Synchronise with the central server (PostgreSQL): send your own changes and fetch everyone else's. The password is asked for every time and never stored.</translation>
        </message>
        <message>
            <source>postgresql://benutzer@server:5432/werkstatt</source>
            <translation>postgresql://user@server:5432/workshop</translation>
        </message>
        <message>
            <source>Mit Server &amp;abgleichen</source>
            <translation>&amp;Synchronise with server</translation>
        </message>
        <message>
            <source>Server-Adresse:</source>
            <translation>Server address:</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Akteursliste importieren</source>
            <translation>Import list of actors</translation>
        </message>
        <message>
            <source>Datei wählen …</source>
            <translation>Choose file …</translation>
        </message>
        <message>
            <source>Datei (CSV oder Excel):</source>
            <translation>File (CSV or Excel):</translation>
        </message>
        <message>
            <source>Spalte in der Datei</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>1. Spalten zuordnen</source>
            <translation>1. Map columns</translation>
        </message>
        <message>
            <source>Zeile</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Hinweise</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>2. Vorschau</source>
            <translation>2. Preview</translation>
        </message>
        <message>
            <source>Dubletten zusammenführen (leere Felder ergänzen)</source>
            <translation>Merge duplicates (fill in empty fields)</translation>
        </message>
        <message>
            <source>Dubletten überspringen</source>
            <translation>Skip duplicates</translation>
        </message>
        <message>
            <source>Fehlerhafte Zeilen überspringen</source>
            <translation>Skip faulty rows</translation>
        </message>
        <message>
            <source>Importieren</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Akteursliste öffnen</source>
            <translation>Open list of actors</translation>
        </message>
        <message>
            <source>Listen (*.csv *.xlsx);;Alle Dateien (*)</source>
            <translation>Lists (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>– bitte zuordnen –</source>
            <translation>– please map –</translation>
        </message>
        <message>
            <source>Bitte diese Spalten einem Feld zuordnen oder »ignorieren« wählen: %1</source>
            <translation>Please map these columns to a field or choose »ignore«: %1</translation>
        </message>
        <message>
            <source>neu</source>
            <translation>new</translation>
        </message>
        <message>
            <source>zusammenführen</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>überspringen</source>
            <translation>skip</translation>
        </message>
        <message>
            <source>Fehler</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>%1 Zeilen gelesen: %2 neu, %3 zusammenführen, %4 überspringen, %5 mit Fehlern.</source>
            <translation>%1 rows read: %2 new, %3 to merge, %4 to skip, %5 with errors.</translation>
        </message>
        <message>
            <source>Alles oder nichts: erst Fehler beheben oder fehlerhafte Zeilen überspringen.</source>
            <translation>All or nothing: fix the errors first or skip the faulty rows.</translation>
        </message>
        <message>
            <source>Neue Kategorien: %1.</source>
            <translation>New categories: %1.</translation>
        </message>
        <message>
            <source>Nichts wurde importiert: die Datei enthält fehlerhafte Zeilen.</source>
            <translation>Nothing was imported: the file contains faulty rows.</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Name</source>
            <extracomment>table column -&gt; sort key of the operations (None: not sortable)</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Netzwerke</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Alle Status</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Schlüsselpartner: alle</source>
            <translation>Key partners: all</translation>
        </message>
        <message>
            <source>nur Schlüsselpartner</source>
            <translation>key partners only</translation>
        </message>
        <message>
            <source>ohne Schlüsselpartner</source>
            <translation>without key partners</translation>
        </message>
        <message>
            <source>Suchen: Name, Ort, Ansprechperson …</source>
            <translation>Search: name, town, contact person …</translation>
        </message>
        <message>
            <source>Neuer Akteur</source>
            <translation>New actor</translation>
        </message>
        <message>
            <source>Liste importieren …</source>
            <translation>Import list …</translation>
        </message>
        <message>
            <source>Einladungsliste exportieren …</source>
            <translation>Export invitation list …</translation>
        </message>
        <message>
            <source>Kategorien …</source>
            <translation>Categories …</translation>
        </message>
        <message>
            <source>Stammdaten</source>
            <translation>Master data</translation>
        </message>
        <message>
            <source>Kontakte</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Angebote</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Kosten/Nutzen</source>
            <translation>Costs/benefits</translation>
        </message>
        <message>
            <source>Vorkommen</source>
            <translation>Appearances</translation>
        </message>
        <message>
            <source>Bestand</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Fällige Kontakte</source>
            <translation>Contacts due</translation>
        </message>
        <message>
            <source>Trichter</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Alle Arten</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Alle Netzwerke</source>
            <translation>All networks</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message numerus="yes">
            <source>%n Akteur(e)</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actors</numerusform>
            </translation>
        </message>
        <message>
            <source>Import abgeschlossen: %1 neu, %2 zusammengeführt, %3 übersprungen.</source>
            <translation>Import finished: %1 new, %2 merged, %3 skipped.</translation>
        </message>
        <message>
            <source>Einladungsliste speichern</source>
            <translation>Save invitation list</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV für Serienbriefe (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV for mail merge (*.csv)</translation>
        </message>
        <message>
            <source>%1 Einladungen gespeichert in %2.</source>
            <translation>%1 invitations saved in %2.</translation>
        </message>
    </context>
    <context>
        <name>Kategorien</name>
        <message>
            <source>Diese Kategorie gibt es nicht mehr.</source>
            <translation>This category no longer exists.</translation>
        </message>
        <message>
            <source>Eine Kategorie braucht einen Namen.</source>
            <translation>A category needs a name.</translation>
        </message>
        <message>
            <source>Eine Kategorie »{name}« gibt es an dieser Stelle schon.</source>
            <translation>A category »{name}« already exists at this place.</translation>
        </message>
        <message>
            <source>Eine Kategorie kann nicht unter sich selbst oder ihre eigene Unterkategorie verschoben werden.</source>
            <translation>A category cannot be moved under itself or one of its own subcategories.</translation>
        </message>
        <message>
            <source>»{name}« hat noch {n} Unterkategorien; bitte diese zuerst verschieben oder entfernen.</source>
            <translation>»{name}« still has {n} subcategories; please move or remove them first.</translation>
        </message>
        <message>
            <source>»{name}« ist noch {n}-mal Akteuren oder Angeboten zugeordnet; bitte diese zuerst einer anderen Kategorie zuordnen.</source>
            <translation>»{name}« is still assigned {n} times to actors or services; please assign those to another category first.</translation>
        </message>
    </context>
    <context>
        <name>KeyPartnersTab</name>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ansprechperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Netzwerke</source>
            <translation>Networks</translation>
        </message>
    </context>
    <context>
        <name>Kompatibilitaet</name>
        <message>
            <source>{source}: {a} und {b} sind nach §45a SGB XI anerkannt und können beide abrechnen.</source>
            <translation>{source}: {a} and {b} are recognised under §45a SGB XI and can both bill.</translation>
        </message>
        <message>
            <source>{source}: Weder {a} noch {b} ist als Angebot zur Unterstützung im Alltag nach §45a SGB XI anerkannt. Solange keine Anerkennung vorliegt, kann das gemeinsame Angebot darüber nicht abgerechnet werden.</source>
            <translation>{source}: neither {a} nor {b} is recognised as an everyday-support service under §45a SGB XI. Until one is recognised, the joint service cannot be billed this way.</translation>
        </message>
        <message>
            <source>{source}: Nur {yes} ist nach §45a SGB XI anerkannt. Abrechnen darf nur {yes}; Leistungen von {no} zählen erst, wenn {no} selbst anerkannt ist oder sie unter der Anerkennung von {yes} erbringt (Landesrecht prüfen).</source>
            <translation>{source}: only {yes} is recognised under §45a SGB XI. Only {yes} may bill; services by {no} count only once {no} is recognised itself or provides them under the recognition of {yes} (check state law).</translation>
        </message>
        <message>
            <source>Gemeinnützigkeit: {np} ist gemeinnützig, {fp} ist gewerblich. Gemeinnützige Mittel dürfen dem Unternehmen nicht zugutekommen (Mittelbindung); nötig ist ein Kooperationsvertrag mit klarer Kostenaufteilung und Verrechnung der Leistungen zu Marktpreisen.</source>
            <translation>Charitable status: {np} is charitable, {fp} is commercial. Charitable funds must not benefit the company (earmarking); a cooperation contract with a clear split of costs and services charged at market prices is needed.</translation>
        </message>
        <message>
            <source>Vergabe- und Beihilferecht: {pub} kann nicht einfach ein einzelnes Unternehmen wie {firm} finanzieren. Leistungen sind als Auftrag zu vergeben (ggf. auszuschreiben), Zuschüsse nur im Rahmen des Beihilferechts (z. B. De-minimis) möglich.</source>
            <translation>Procurement and state-aid law: {pub} cannot simply finance a single company such as {firm}. Services have to be awarded as a contract (tendered if required); grants are only possible within state-aid law (e.g. de minimis).</translation>
        </message>
        <message>
            <source>{church} (Kirchengemeinde) und {partner} passen als Träger zusammen: Kirchengemeinden arbeiten üblicherweise mit Vereinen und gemeinnützigen Trägern; eine Kooperationsvereinbarung regelt Räume und Kosten.</source>
            <translation>{church} (parish) and {partner} fit together as providers: parishes usually work with associations and charitable bodies; a cooperation agreement settles rooms and costs.</translation>
        </message>
        <message>
            <source>{source}: nur unter Bedingungen – {who}: {why}</source>
            <translation>{source}: only under conditions – {who}: {why}</translation>
        </message>
        <message>
            <source>{source}: keiner der Partner kann diese Mittel erhalten – {why}</source>
            <translation>{source}: none of the partners can receive these funds – {why}</translation>
        </message>
        <message>
            <source>{source}: keiner der Partner kann diese Mittel erhalten – {a}: {why_a} {b}: {why_b}</source>
            <translation>{source}: none of the partners can receive these funds – {a}: {why_a} {b}: {why_b}</translation>
        </message>
        <message>
            <source>Zeitgutschriften: Das Zeitkonto liegt bei {club}; für gewerbliche Leistungen von {firm} taugen Zeitgutschriften nicht als Bezahlung; ehrenamtliche und bezahlte Leistungen sind klar zu trennen.</source>
            <translation>Time credits: the time account is kept by {club}; time credits are no payment for commercial services of {firm}; voluntary and paid services must be kept clearly apart.</translation>
        </message>
        <message>
            <source>Keine der hinterlegten Regeln spricht gegen die Zusammenarbeit.</source>
            <translation>None of the stored rules speaks against the cooperation.</translation>
        </message>
        <message>
            <source>Als Angebot zur Unterstützung im Alltag nach §45a SGB XI anerkannt: kann abrechnen.</source>
            <translation>Recognised as an everyday-support service under §45a SGB XI: can bill.</translation>
        </message>
        <message>
            <source>Nicht nach §45a SGB XI anerkannt: abrechnen erst nach Anerkennung durch das Land.</source>
            <translation>Not recognised under §45a SGB XI: can bill only after recognition by the state.</translation>
        </message>
        <message>
            <source>Verein oder Genossenschaft: hat Mitglieder.</source>
            <translation>Association or cooperative: has members.</translation>
        </message>
        <message>
            <source>Mitgliedsbeiträge setzen Mitglieder voraus: nur Vereine und Genossenschaften (ggf. über einen Förderverein).</source>
            <translation>Membership fees require members: only associations and cooperatives (possibly through a supporting association).</translation>
        </message>
        <message>
            <source>Kann Zeitkonten führen (wie eine Seniorengenossenschaft oder ein Verein).</source>
            <translation>Can keep time accounts (like a senior citizens' cooperative or an association).</translation>
        </message>
        <message>
            <source>Zeitgutschriften werden in einer Seniorengenossenschaft oder einem Verein geführt, nicht von Unternehmen oder Behörden.</source>
            <translation>Time credits are kept by a senior citizens' cooperative or an association, not by companies or authorities.</translation>
        </message>
        <message>
            <source>Die Kommune ist Zuwendungsempfängerin der Städtebauförderung.</source>
            <translation>The municipality is the recipient of urban development funding.</translation>
        </message>
        <message>
            <source>Städtebauförderung läuft nur über die Kommune: möglich als Träger des Quartiersmanagements in ihrem Auftrag.</source>
            <translation>Urban development funding only runs through the municipality: possible as the provider of neighbourhood management on its behalf.</translation>
        </message>
        <message>
            <source>Kommunen und gemeinnützige Träger können die Landesförderung beantragen.</source>
            <translation>Municipalities and charitable bodies can apply for the state funding.</translation>
        </message>
        <message>
            <source>Die Landesförderung richtet sich an Kommunen und gemeinnützige Träger, nicht an Unternehmen.</source>
            <translation>The state funding is for municipalities and charitable bodies, not for companies.</translation>
        </message>
        <message>
            <source>Eigene Haushaltsmittel der Kommune.</source>
            <translation>The municipality's own budget.</translation>
        </message>
        <message>
            <source>Zuschüsse an Unternehmen nur im Rahmen des Beihilferechts (z. B. De-minimis) oder als vergebener Auftrag.</source>
            <translation>Grants to companies only within state-aid law (e.g. de minimis) or as an awarded contract.</translation>
        </message>
        <message>
            <source>Zuwendung an einen gemeinnützigen oder öffentlichen Träger.</source>
            <translation>Grant to a charitable or public body.</translation>
        </message>
        <message>
            <source>Gemeinnützige und öffentliche Träger sind förderfähig.</source>
            <translation>Charitable and public bodies are eligible.</translation>
        </message>
        <message>
            <source>Stiftungen fördern in der Regel nur gemeinnützige Träger: nur über einen gemeinnützigen Partner.</source>
            <translation>Foundations usually fund only charitable bodies: only through a charitable partner.</translation>
        </message>
        <message>
            <source>Darf Zuwendungsbestätigungen ausstellen.</source>
            <translation>May issue donation receipts.</translation>
        </message>
        <message>
            <source>Keine Zuwendungsbestätigung möglich: Spenden sind für ein Unternehmen Betriebseinnahmen.</source>
            <translation>No donation receipt possible: for a company, donations are business income.</translation>
        </message>
        <message>
            <source>Eine Behörde braucht für Entgelte eine Gebühren- oder Entgeltordnung.</source>
            <translation>An authority needs a fee schedule to charge fees.</translation>
        </message>
        <message>
            <source>Kann Entgelte für die Leistung nehmen.</source>
            <translation>Can charge fees for the service.</translation>
        </message>
        <message>
            <source>Möglich; die bloße Nennung des Sponsors ist steuerlich unproblematisch, aktive Werbung wäre ein wirtschaftlicher Geschäftsbetrieb.</source>
            <translation>Possible; merely naming the sponsor is unproblematic for tax, active advertising would be a commercial activity.</translation>
        </message>
        <message>
            <source>Sponsoring ist möglich.</source>
            <translation>Sponsorship is possible.</translation>
        </message>
        <message>
            <source>Wohnungsunternehmen können Leistungen für ihre Mieterschaft bei jedem Träger einkaufen.</source>
            <translation>Housing companies can buy services for their tenants from any provider.</translation>
        </message>
        <message>
            <source>Keine besonderen Voraussetzungen hinterlegt.</source>
            <translation>No special requirements stored.</translation>
        </message>
        <message>
            <source>Unbekannte Auswahl der Paare.</source>
            <translation>Unknown choice of pairs.</translation>
        </message>
        <message>
            <source>Bitte »kompatibel«, »bedingt« oder »inkompatibel« wählen.</source>
            <translation>Please choose »compatible«, »conditional« or »incompatible«.</translation>
        </message>
        <message>
            <source>Eine abweichende Bewertung braucht eine schriftliche Begründung.</source>
            <translation>A deviating assessment needs a written reason.</translation>
        </message>
        <message>
            <source>Eine Bewertung braucht zwei verschiedene Akteure.</source>
            <translation>An assessment needs two different actors.</translation>
        </message>
        <message>
            <source>Diese Verbindung gibt es nicht mehr.</source>
            <translation>This connection no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>Kooperation</name>
        <message>
            <source>Die Art »{t}« gibt es nicht.</source>
            <translation>The type »{t}« does not exist.</translation>
        </message>
        <message>
            <source>Den Stand »{s}« gibt es nicht.</source>
            <translation>The status »{s}« does not exist.</translation>
        </message>
        <message>
            <source>Eine Verbindung braucht zwei verschiedene Akteure.</source>
            <translation>A connection needs two different actors.</translation>
        </message>
        <message>
            <source>Zwischen {a} und {b} gibt es schon eine Verbindung der Art »{t}«.</source>
            <translation>There already is a connection of type »{t}« between {a} and {b}.</translation>
        </message>
        <message>
            <source>Diese Verbindung gibt es nicht mehr.</source>
            <translation>This connection no longer exists.</translation>
        </message>
        <message>
            <source>Ein Netzwerk braucht einen Namen.</source>
            <translation>A network needs a name.</translation>
        </message>
        <message>
            <source>Ein Netzwerk »{n}« gibt es schon.</source>
            <translation>A network »{n}« already exists.</translation>
        </message>
        <message>
            <source>Dieses Netzwerk gibt es nicht mehr.</source>
            <translation>This network no longer exists.</translation>
        </message>
        <message>
            <source>{a} ist schon Mitglied in {n}.</source>
            <translation>{a} is already a member of {n}.</translation>
        </message>
        <message>
            <source>Diese Mitgliedschaft gibt es nicht mehr.</source>
            <translation>This membership no longer exists.</translation>
        </message>
        <message>
            <source>ohne Kategorie</source>
            <translation>no category</translation>
        </message>
    </context>
    <context>
        <name>KostenNutzen</name>
        <message>
            <source>Bitte »Kosten« oder »Nutzen« wählen.</source>
            <translation>Please choose »Costs« or »Benefit«.</translation>
        </message>
        <message>
            <source>Die Dimension »{d}« gibt es nicht.</source>
            <translation>The dimension »{d}« does not exist.</translation>
        </message>
        <message>
            <source>Das Gewicht muss zwischen 1 und 5 liegen.</source>
            <translation>The weight must be between 1 and 5.</translation>
        </message>
        <message>
            <source>Ein Eintrag gehört entweder zu einem Akteur oder zu einer Kategorie.</source>
            <translation>An entry belongs either to an actor or to a category.</translation>
        </message>
        <message>
            <source>Diese Kategorie gibt es nicht mehr.</source>
            <translation>This category no longer exists.</translation>
        </message>
        <message>
            <source>Diesen Eintrag gibt es nicht mehr.</source>
            <translation>This entry no longer exists.</translation>
        </message>
        <message>
            <source>(ohne Kategorie)</source>
            <translation>(no category)</translation>
        </message>
    </context>
    <context>
        <name>LinksTab</name>
        <message>
            <source>Alle Arten</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Verbindung hinzufügen …</source>
            <translation>Add connection …</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Beschreibung</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Kompatibilität</source>
            <translation>Compatibility</translation>
        </message>
        <message>
            <source>Verbindung gespeichert.</source>
            <translation>Connection saved.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Bereiche</source>
            <extracomment>emitted once when the window has closed its workspace; True if the welcome screen should come back</extracomment>
            <translation>Areas</translation>
        </message>
        <message>
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Neue Werkstatt …</source>
            <translation>&amp;New workshop …</translation>
        </message>
        <message>
            <source>Ö&amp;ffnen …</source>
            <translation>&amp;Open …</translation>
        </message>
        <message>
            <source>&amp;Zuletzt geöffnet</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Speichern unter …</source>
            <translation>&amp;Save as …</translation>
        </message>
        <message>
            <source>S&amp;ynchronisieren …</source>
            <translation>S&amp;ynchronise …</translation>
        </message>
        <message>
            <source>S&amp;chließen</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Beenden</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Ansicht</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Schrift &amp;größer</source>
            <translation>&amp;Larger font</translation>
        </message>
        <message>
            <source>Schrift &amp;kleiner</source>
            <translation>&amp;Smaller font</translation>
        </message>
        <message>
            <source>&amp;Normale Schriftgröße</source>
            <translation>&amp;Normal font size</translation>
        </message>
        <message>
            <source>&amp;Vollbild ein/aus</source>
            <translation>&amp;Full screen on/off</translation>
        </message>
        <message>
            <source>&amp;Teilnahme-Modus starten …</source>
            <translation>Start &amp;participant mode …</translation>
        </message>
        <message>
            <source>&amp;Hilfe</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Handbuch</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>&amp;Tastenkürzel</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Ü&amp;ber QuartiersWerkstatt</source>
            <translation>&amp;About QuartiersWerkstatt</translation>
        </message>
        <message>
            <source>(keine weiteren Dateien)</source>
            <translation>(no other files)</translation>
        </message>
        <message>
            <source>Die Datei wurde für diese Version umgestellt. Die alte Fassung liegt als Sicherung daneben: {name}</source>
            <translation>The file was converted for this version. The old version lies next to it as a backup: {name}</translation>
        </message>
        <message>
            <source>✓ Automatisch gespeichert</source>
            <translation>✓ Saved automatically</translation>
        </message>
        <message>
            <source>Jede Änderung wird sofort in der Werkstatt-Datei gespeichert. Einen Speichern-Knopf gibt es deshalb nicht.</source>
            <translation>Every change is saved in the workshop file at once. That is why there is no Save button.</translation>
        </message>
        <message>
            <source>Kopie speichern unter</source>
            <translation>Save copy as</translation>
        </message>
        <message>
            <source>Speichern unter</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>Die Datei {name} gibt es schon; sie wird nicht überschrieben. Bitte wählen Sie einen neuen Namen.</source>
            <translation>The file {name} already exists; it will not be overwritten. Please choose a new name.</translation>
        </message>
        <message>
            <source>Eine Kopie wurde gespeichert:
{copy}

Sie arbeiten weiter in {current}. Die Kopie öffnen Sie über Datei → Öffnen.</source>
            <translation>A copy was saved:
{copy}

You keep working in {current}. Open the copy with File → Open.</translation>
        </message>
    </context>
    <context>
        <name>ManualDialog</name>
        <message>
            <source>Handbuch für die Moderation</source>
            <translation>Manual for facilitators</translation>
        </message>
        <message>
            <source>Handbuch</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>&lt;p&gt;Das Handbuch wurde nicht gefunden: {path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;The manual was not found: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Inhalt</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Zurück zum Inhaltsverzeichnis (Pos1)</source>
            <translation>Back to the table of contents (Home)</translation>
        </message>
        <message>
            <source>Zurück</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Zur vorigen Stelle (Alt+Links)</source>
            <translation>To the previous place (Alt+Left)</translation>
        </message>
    </context>
    <context>
        <name>Meldungen</name>
        <message>
            <source>Bitte mit --out angeben, wohin exportiert wird.</source>
            <translation>Please give the export target with --out.</translation>
        </message>
        <message>
            <source>Die Zieldatei darf nicht die Werkstatt-Datei selbst sein.</source>
            <translation>The target file must not be the workshop file itself.</translation>
        </message>
        <message>
            <source>Das Protokoll wird als PDF geschrieben; bitte eine Zieldatei mit .pdf angeben.</source>
            <translation>The protocol is written as a PDF; please give a target file ending in .pdf.</translation>
        </message>
        <message>
            <source>Bitte einen Betrag eingeben.</source>
            <translation>Please enter an amount.</translation>
        </message>
        <message>
            <source>Eine Vorlage muss ein Objekt mit Feldern sein.</source>
            <translation>A template must be an object with fields.</translation>
        </message>
        <message>
            <source>Die Abstimmungsrunde ist noch nicht geöffnet.</source>
            <translation>The voting round is not open yet.</translation>
        </message>
        <message>
            <source>Die Abstimmungsrunde ist geschlossen.</source>
            <translation>The voting round is closed.</translation>
        </message>
        <message>
            <source>Die Zeit für diese Abstimmungsrunde ist abgelaufen.</source>
            <translation>The time for this voting round is up.</translation>
        </message>
        <message>
            <source>Nur anwesende Teilnehmende können abstimmen.</source>
            <translation>Only participants who are present can vote.</translation>
        </message>
        <message>
            <source>Diese Karte gibt es nicht.</source>
            <translation>This card does not exist.</translation>
        </message>
        <message>
            <source>Diese Karte wurde gelöscht.</source>
            <translation>This card has been deleted.</translation>
        </message>
        <message>
            <source>Diese Karte steht in dieser Runde nicht zur Wahl.</source>
            <translation>This card is not up for voting in this round.</translation>
        </message>
        <message>
            <source>Eine Stimme muss mindestens einen Punkt haben (ganze Zahl).</source>
            <translation>A vote must have at least one point (whole number).</translation>
        </message>
        <message>
            <source>In dieser Runde ist nur ein Punkt pro Karte erlaubt.</source>
            <translation>Only one point per card is allowed in this round.</translation>
        </message>
        <message>
            <source>Die Abstimmungsrunde ist bereits geöffnet.</source>
            <translation>The voting round is already open.</translation>
        </message>
        <message>
            <source>Eine geschlossene Abstimmungsrunde kann nicht wieder geöffnet werden.</source>
            <translation>A closed voting round cannot be reopened.</translation>
        </message>
        <message>
            <source>Das Ende der Abstimmung muss in der Zukunft liegen.</source>
            <translation>The end of the vote must lie in the future.</translation>
        </message>
        <message>
            <source>Eine geschlossene Abstimmungsrunde kann nicht verlängert werden.</source>
            <translation>A closed voting round cannot be extended.</translation>
        </message>
        <message>
            <source>Das neue Ende muss nach dem bisherigen liegen.</source>
            <translation>The new end must be after the previous one.</translation>
        </message>
        <message>
            <source>Die Abstimmungsrunde ist bereits geschlossen.</source>
            <translation>The voting round is already closed.</translation>
        </message>
        <message>
            <source>Eine Abstimmungsrunde, die nie geöffnet war, kann nicht geschlossen werden.</source>
            <translation>A voting round that was never open cannot be closed.</translation>
        </message>
        <message>
            <source>Diese Sitzung gibt es nicht (mehr).</source>
            <translation>This session no longer exists.</translation>
        </message>
        <message>
            <source>Diese Phase gibt es nicht (mehr).</source>
            <translation>This phase no longer exists.</translation>
        </message>
        <message>
            <source>Bitte einen Titel für die Sitzung angeben.</source>
            <translation>Please give the session a title.</translation>
        </message>
        <message>
            <source>Bitte einen Namen für die Phase angeben.</source>
            <translation>Please give the phase a name.</translation>
        </message>
        <message>
            <source>Die geplante Dauer darf nicht negativ sein.</source>
            <translation>The planned duration must not be negative.</translation>
        </message>
        <message>
            <source>Der Eintrag ist leer.</source>
            <translation>The entry is empty.</translation>
        </message>
        <message>
            <source>Die neue Reihenfolge passt nicht zu den Phasen der Sitzung; bitte neu laden.</source>
            <translation>The new order does not match the phases of the session; please reload.</translation>
        </message>
        <message>
            <source>Diese Phase läuft bereits.</source>
            <translation>This phase is already running.</translation>
        </message>
        <message>
            <source>Diesen Eintrag gibt es nicht (mehr).</source>
            <translation>This entry no longer exists.</translation>
        </message>
        <message>
            <source>Bitte der Leinwand einen Titel geben.</source>
            <translation>Please give the canvas a title.</translation>
        </message>
        <message>
            <source>Diese Vorlage gibt es nicht (mehr).</source>
            <translation>This template no longer exists.</translation>
        </message>
        <message>
            <source>Ein Betrag braucht einen Zeitraum: pro Monat oder pro Jahr.</source>
            <translation>An amount needs a period: per month or per year.</translation>
        </message>
        <message>
            <source>Diese Leinwand gibt es nicht (mehr).</source>
            <translation>This canvas no longer exists.</translation>
        </message>
        <message>
            <source>Diese Gruppe gibt es nicht (mehr).</source>
            <translation>This group no longer exists.</translation>
        </message>
        <message>
            <source>Diese Karte gibt es nicht (mehr).</source>
            <translation>This card no longer exists.</translation>
        </message>
        <message>
            <source>Diesen Bereich der Leinwand gibt es nicht (mehr).</source>
            <translation>This area of the canvas no longer exists.</translation>
        </message>
        <message>
            <source>Diesen Kommentar gibt es nicht (mehr).</source>
            <translation>This comment no longer exists.</translation>
        </message>
        <message>
            <source>Der Kommentar, auf den geantwortet wird, gibt es hier nicht (mehr).</source>
            <translation>The comment being replied to no longer exists here.</translation>
        </message>
        <message>
            <source>Diese Person steht nicht (mehr) auf der Teilnehmendenliste.</source>
            <translation>This person is no longer on the list of participants.</translation>
        </message>
        <message>
            <source>Die Daten dieser Person wurden gelöscht; eine Einwilligung kann nicht mehr erfasst werden.</source>
            <translation>This person's data has been erased; consent can no longer be recorded.</translation>
        </message>
        <message>
            <source>Diesen Konflikt gibt es nicht (mehr).</source>
            <translation>This conflict does not exist (any more).</translation>
        </message>
        <message>
            <source>Der betroffene Eintrag ist nicht mehr vorhanden.</source>
            <translation>The affected entry no longer exists.</translation>
        </message>
        <message>
            <source>Dieser Konflikt ist schon entschieden.</source>
            <translation>This conflict has already been decided.</translation>
        </message>
        <message>
            <source>Es muss mindestens eine Leinwand geben.</source>
            <translation>There must be at least one canvas.</translation>
        </message>
        <message>
            <source>Das Finanzierungsmodell ist mit keinem Canvas verknüpft; Kriterien gehören zu einem Canvas.</source>
            <translation>The financing model is not linked to a canvas; criteria belong to a canvas.</translation>
        </message>
        <message>
            <source>Das Kriterium braucht einen Namen.</source>
            <translation>The criterion needs a name.</translation>
        </message>
        <message>
            <source>Die Messung braucht ein Datum.</source>
            <translation>The measurement needs a date.</translation>
        </message>
        <message>
            <source>Die gemessene Canvas-Version gehört nicht zu diesem Modell.</source>
            <translation>The measured canvas version does not belong to this model.</translation>
        </message>
        <message>
            <source>Das Ziel darf nicht die Werkstatt-Datei selbst sein.</source>
            <translation>The target must not be the workspace file itself.</translation>
        </message>
        <message>
            <source>Das Finanzierungsmodell ist mit keinem Canvas verknüpft.</source>
            <translation>The financing model is not linked to a canvas.</translation>
        </message>
        <message>
            <source>Die Quelle braucht einen Namen.</source>
            <translation>The source needs a name.</translation>
        </message>
        <message>
            <source>Die Höchstdauer in Jahren darf nicht negativ sein (0 = unbefristet).</source>
            <translation>The maximum duration in years must not be negative (0 = unlimited).</translation>
        </message>
        <message>
            <source>Der Startmonat zählt ab 1 (erster Monat des Modells).</source>
            <translation>The start month counts from 1 (first month of the model).</translation>
        </message>
        <message>
            <source>Der Endmonat liegt vor dem Startmonat.</source>
            <translation>The end month lies before the start month.</translation>
        </message>
        <message>
            <source>Die Zahl der Nutzenden darf nicht negativ sein.</source>
            <translation>The number of users must not be negative.</translation>
        </message>
        <message>
            <source>Die Inanspruchnahme liegt zwischen 0 und 1000 %.</source>
            <translation>Uptake lies between 0 and 1000 %.</translation>
        </message>
        <message>
            <source>Das Finanzierungsmodell braucht einen Titel.</source>
            <translation>The financing model needs a title.</translation>
        </message>
        <message>
            <source>Die Einnahmezeile braucht eine Bezeichnung oder eine Quelle.</source>
            <translation>The revenue line needs a label or a source.</translation>
        </message>
        <message>
            <source>Beträge werden in ganzen Cent angegeben.</source>
            <translation>Amounts are given in whole cents.</translation>
        </message>
        <message>
            <source>Ein Betrag darf nicht negativ sein; Kosten gehören in die Kostenzeilen.</source>
            <translation>An amount must not be negative; costs belong in the cost lines.</translation>
        </message>
        <message>
            <source>Diese Textstelle kann nicht geschwärzt werden.</source>
            <translation>This passage cannot be redacted.</translation>
        </message>
        <message>
            <source>Die Textstelle hat sich inzwischen geändert; bitte die Liste neu laden.</source>
            <translation>The passage has changed in the meantime; please reload the list.</translation>
        </message>
        <message>
            <source>Diese Organisation gibt es nicht (mehr).</source>
            <translation>This organisation no longer exists.</translation>
        </message>
        <message>
            <source>Die Daten dieser Person sind bereits gelöscht.</source>
            <translation>This person's data has already been erased.</translation>
        </message>
        <message>
            <source>Die Daten dieser Person wurden gelöscht und können nicht zurückgeholt werden.</source>
            <translation>This person's data was erased and cannot be restored.</translation>
        </message>
        <message>
            <source>Die Ergebnisse werden erst gezeigt, wenn die Runde geschlossen ist.</source>
            <translation>The results are shown only once the round is closed.</translation>
        </message>
        <message>
            <source>Diese Abstimmungsrunde gibt es nicht (mehr).</source>
            <translation>This voting round no longer exists.</translation>
        </message>
        <message>
            <source>Die Zeitbox muss mindestens eine Minute lang sein.</source>
            <translation>The time box must be at least one minute long.</translation>
        </message>
        <message>
            <source>Bitte um mindestens eine Minute verlängern.</source>
            <translation>Please extend by at least one minute.</translation>
        </message>
        <message>
            <source>Bitte genau eine Person oder einen Stimmzettel auswählen.</source>
            <translation>Please choose exactly one person or one ballot.</translation>
        </message>
        <message>
            <source>Diese Stimme gibt es nicht (mehr).</source>
            <translation>This vote no longer exists.</translation>
        </message>
        <message>
            <source>Eine ausgewählte Karte liegt nicht (mehr) auf dieser Leinwand.</source>
            <translation>A selected card is no longer on this canvas.</translation>
        </message>
        <message>
            <source>Diese Werkstatt enthält noch keine Sitzung; es gibt nichts zu protokollieren.</source>
            <translation>This workshop has no session yet; there is nothing to record.</translation>
        </message>
        <message>
            <source>Die Sicherungskopie ist beschädigt; es wurde nichts geschrieben.</source>
            <translation>The backup copy is damaged; nothing was written.</translation>
        </message>
        <message>
            <source>Die Datei hat keine Versionsangabe und ist keine gültige Werkstatt-Datei.</source>
            <translation>The file has no version information and is not a valid workshop file.</translation>
        </message>
        <message>
            <source>Der Werkstatt-Datei fehlt die Gerätekennung; bitte mit »werkstatt check« prüfen.</source>
            <translation>The workshop file lacks the device id; please check it with »werkstatt check«.</translation>
        </message>
        <message>
            <source>Die Datei stammt von einer älteren Version; bitte einmal in der App öffnen.</source>
            <translation>The file comes from an older version; please open it once in the app.</translation>
        </message>
        <message>
            <source>Die Sperre ist schon freigegeben.</source>
            <translation>The lock has already been released.</translation>
        </message>
        <message>
            <source>Die Konfliktliste lässt sich nicht eindeutig zusammenführen; es wurde nichts übernommen.</source>
            <translation>The list of conflicts cannot be merged unambiguously; nothing was taken over.</translation>
        </message>
        <message>
            <source>Der Hub muss eine PostgreSQL-Datenbank sein (postgresql://…).</source>
            <translation>The hub must be a PostgreSQL database (postgresql://…).</translation>
        </message>
        <message>
            <source>Der Hub ist noch nicht eingerichtet; bitte zuerst »werkstatt hub init URL« ausführen.</source>
            <translation>The hub is not set up yet; please run “werkstatt hub init URL” first.</translation>
        </message>
        <message>
            <source>Der Hub wurde von einer neueren Version von QuartiersWerkstatt eingerichtet; bitte aktualisieren Sie zuerst dieses Programm.</source>
            <translation>The hub was set up by a newer version of QuartiersWerkstatt; please update this program first.</translation>
        </message>
        <message>
            <source>Der Hub ist unvollständig eingerichtet; bitte »werkstatt hub init URL« ausführen.</source>
            <translation>The hub is set up incompletely; please run “werkstatt hub init URL”.</translation>
        </message>
        <message>
            <source>Die Hub-Adresse ist ungültig (erwartet z. B. postgresql://benutzer@server:5432/datenbank).</source>
            <translation>The hub address is invalid (expected e.g. postgresql://user@server:5432/database).</translation>
        </message>
        <message>
            <source>Der Hub hat ein älteres Schema; bitte zuerst »werkstatt hub init URL« ausführen.</source>
            <translation>The hub has an older schema; please run “werkstatt hub init URL” first.</translation>
        </message>
        <message>
            <source>Die Änderungen sind in sich unstimmig (Verweise auf fehlende Einträge); es wurde nichts übernommen.</source>
            <translation>The changes are inconsistent (references to missing entries); nothing was taken over.</translation>
        </message>
        <message>
            <source>Die Momentaufnahme der Werkstatt-Datei ist beschädigt; es wurde kein Paket geschrieben.</source>
            <translation>The snapshot of the workspace file is damaged; no package was written.</translation>
        </message>
        <message>
            <source>Das Paket darf die Werkstatt-Datei nicht überschreiben.</source>
            <translation>The package must not overwrite the workspace file.</translation>
        </message>
        <message>
            <source>Das Paket hat ungültige Verschlüsselungsangaben; es ist beschädigt oder manipuliert. Es wurde nichts geändert.</source>
            <translation>The package has invalid encryption data; it is damaged or tampered with. Nothing was changed.</translation>
        </message>
        <message>
            <source>Das Paket ist unvollständig (abgeschnitten); es wurde nichts geändert.</source>
            <translation>The package is incomplete (truncated); nothing was changed.</translation>
        </message>
        <message>
            <source>Das Paket ist beschädigt oder manipuliert; es wurde nichts geändert.</source>
            <translation>The package is damaged or tampered with; nothing was changed.</translation>
        </message>
        <message>
            <source>Das Paket wurde verändert oder ist beschädigt; es wurde nichts geändert.</source>
            <translation>The package was altered or is damaged; nothing was changed.</translation>
        </message>
        <message>
            <source>Das Paket ist unvollständig oder wurde verändert; es wurde nichts geändert.</source>
            <translation>The package is incomplete or was altered; nothing was changed.</translation>
        </message>
        <message>
            <source>Die vorbereitete Datei ist in sich unstimmig; sie wurde verworfen.</source>
            <translation>The prepared file is inconsistent; it was discarded.</translation>
        </message>
    </context>
    <context>
        <name>MergeTab</name>
        <message>
            <source>Pakete oder Werkstatt-Dateien anderer Laptops in diese Werkstatt übernehmen. Nichts geht verloren: gleichzeitige Änderungen erscheinen danach unter »Konflikte«.</source>
            <translation>Bring packages or workshop files from other laptops into this workshop. Nothing is lost: simultaneous changes appear under "Conflicts" afterwards.</translation>
        </message>
        <message>
            <source>Gewählte Pakete und Dateien</source>
            <translation>Chosen packages and files</translation>
        </message>
        <message>
            <source>&amp;Hinzufügen …</source>
            <translation>&amp;Add …</translation>
        </message>
        <message>
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Zusammenführen</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>Pakete oder Werkstatt-Dateien wählen</source>
            <translation>Choose packages or workshop files</translation>
        </message>
        <message>
            <source>Pakete und Werkstatt-Dateien ({patterns});;Alle Dateien (*)</source>
            <translation>Packages and workshop files ({patterns});;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>MessageLine</name>
        <message>
            <source>Nicht angenommen: %1</source>
            <extracomment>Smallest height of anything one clicks on at the shared screen (touch and shaky hands).</extracomment>
            <translation>Not accepted: %1</translation>
        </message>
    </context>
    <context>
        <name>ModelEditor</name>
        <message>
            <source>Einnahme hinzufügen</source>
            <translation>Add revenue</translation>
        </message>
        <message>
            <source>Einnahme entfernen</source>
            <translation>Remove revenue</translation>
        </message>
        <message>
            <source>Kosten hinzufügen</source>
            <translation>Add costs</translation>
        </message>
        <message>
            <source>Kosten entfernen</source>
            <translation>Remove costs</translation>
        </message>
        <message>
            <source>Einnahmen</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Quelle:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Kostenart:</source>
            <translation>Cost type:</translation>
        </message>
        <message>
            <source>Doppelklick auf eine Zelle zum Ändern. Beträge in Euro, z. B. 1.234,50.</source>
            <translation>Double-click a cell to change it. Amounts in euros, e.g. 1,234.50.</translation>
        </message>
        <message>
            <source>(eigene Einnahme ohne Quelle)</source>
            <translation>(own revenue without a source)</translation>
        </message>
        <message>
            <source>Neue Einnahme</source>
            <translation>New revenue</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Sitzungen</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Konferenzen, Workshops und Treffen</source>
            <translation>Conferences, workshops and meetings</translation>
        </message>
        <message>
            <source>Modelle</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Arbeitsflächen mit Karten</source>
            <translation>Boards with cards</translation>
        </message>
        <message>
            <source>Akteure</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Dienstleister, Kommune, Vereine</source>
            <translation>Service providers, municipality, associations</translation>
        </message>
        <message>
            <source>Kooperation</source>
            <translation>Cooperation</translation>
        </message>
        <message>
            <source>Verbindungen zwischen Akteuren</source>
            <translation>Connections between actors</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Financing</translation>
        </message>
        <message>
            <source>Finanzierungsmodelle</source>
            <translation>Financing models</translation>
        </message>
        <message>
            <source>Teilnehmende</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Pseudonyme und Gruppen</source>
            <translation>Pseudonyms and groups</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <source>Protokolle der Sitzungen</source>
            <translation>Protocols of the sessions</translation>
        </message>
    </context>
    <context>
        <name>NetworkGraphWidget</name>
        <message>
            <source>Alle Verbindungsarten</source>
            <translation>All kinds of connection</translation>
        </message>
        <message>
            <source>nur verbundene Akteure</source>
            <translation>connected actors only</translation>
        </message>
        <message>
            <source>Linien: durchgezogen = aktiv, Strich-Punkt = vereinbart, gestrichelt = potenziell. Unter jedem Namen steht die Kategorie.</source>
            <translation>Lines: solid = active, dash-dot = agreed, dashed = potential. The category is shown under each name.</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>All categories</translation>
        </message>
    </context>
    <context>
        <name>NetworksTab</name>
        <message>
            <source>Name des Netzwerks, z. B. Netzwerk 60+ Schaffrath</source>
            <translation>Name of the network, e.g. Network 60+ Schaffrath</translation>
        </message>
        <message>
            <source>Netzwerk anlegen</source>
            <translation>Create network</translation>
        </message>
        <message>
            <source>Netzwerke</source>
            <translation>Networks</translation>
        </message>
        <message>
            <source>Mitglied</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Aufnehmen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>%1 (%2 Mitglieder)</source>
            <translation>%1 (%2 members)</translation>
        </message>
        <message>
            <source>Koordination: %1</source>
            <translation>Coordination: %1</translation>
        </message>
    </context>
    <context>
        <name>NewCanvasDialog</name>
        <message>
            <source>Neue Leinwand</source>
            <translation>New canvas</translation>
        </message>
        <message>
            <source>z. B. Einkaufsbegleitung Schaffrath</source>
            <translation>e.g. Shopping companions Schaffrath</translation>
        </message>
        <message>
            <source>Vorlage:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <source>Titel:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Bitte einen Titel eingeben.</source>
            <translation>Please enter a title.</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <source>Neue Abstimmungsrunde</source>
            <translation>New voting round</translation>
        </message>
        <message>
            <source>Prioritäten</source>
            <translation>Priorities</translation>
        </message>
        <message>
            <source>ohne Sitzung (alle dürfen abstimmen)</source>
            <translation>without a session (everyone may vote)</translation>
        </message>
        <message>
            <source>keine Obergrenze</source>
            <translation>no upper limit</translation>
        </message>
        <message>
            <source>mehrere Punkte auf dieselbe Karte erlaubt</source>
            <translation>several points on the same card allowed</translation>
        </message>
        <message>
            <source>anonym (nur Stimmzettel, keine Namen)</source>
            <translation>anonymous (ballots only, no names)</translation>
        </message>
        <message>
            <source>Ergebnisse erst nach dem Schließen zeigen</source>
            <translation>Show results only after closing</translation>
        </message>
        <message>
            <source>(leere Karte)</source>
            <translation>(empty card)</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Punkte pro Person</source>
            <translation>Points per person</translation>
        </message>
        <message>
            <source>Höchstens pro Karte</source>
            <translation>At most per card</translation>
        </message>
        <message>
            <source>Karten zur Wahl (alle angehakt = alle Karten der Leinwand)</source>
            <translation>Cards to choose from (all ticked = all cards of the canvas)</translation>
        </message>
        <message>
            <source>Runde anlegen</source>
            <translation>Create round</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OutreachLogWidget</name>
        <message>
            <source>Anruf protokollieren</source>
            <translation>Log a call</translation>
        </message>
        <message>
            <source>z. B. Interesse an der Dienstleisterkonferenz</source>
            <translation>e.g. interested in the service providers' conference</translation>
        </message>
        <message>
            <source>(unverändert)</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>fällig am</source>
            <translation>due on</translation>
        </message>
        <message>
            <source>am</source>
            <translation>on</translation>
        </message>
        <message>
            <source>von</source>
            <translation>by</translation>
        </message>
        <message>
            <source>Kontaktweg</source>
            <translation>Contact channel</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Status danach</source>
            <translation>Status afterwards</translation>
        </message>
        <message>
            <source>Nächster Schritt</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Protokollieren</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Weg</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Fällig</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Kontakt protokolliert.</source>
            <translation>Contact logged.</translation>
        </message>
    </context>
    <context>
        <name>Overviews</name>
        <message>
            <source>Sitzungen</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Dienstleisterkonferenzen, Bürgerworkshops und weitere Treffen im Quartier.</source>
            <translation>Service provider conferences, citizens' workshops and other meetings in the neighbourhood.</translation>
        </message>
        <message>
            <source>Es gibt noch keine Sitzungen.</source>
            <translation>There are no sessions yet.</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Modelle</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Organisations-, Kooperations- und Finanzierungsmodelle als Arbeitsflächen mit Karten.</source>
            <translation>Organisation, cooperation and financing models as boards with cards.</translation>
        </message>
        <message>
            <source>Es gibt noch keine Modelle.</source>
            <translation>There are no models yet.</translation>
        </message>
        <message>
            <source>Vorlage</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Akteure</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Dienstleister, Verbände, Kommune und Vereine im Quartier und wie weit die Ansprache ist.</source>
            <translation>Service providers, associations, municipality and clubs in the neighbourhood, and how far the outreach has got.</translation>
        </message>
        <message>
            <source>Es sind noch keine Akteure erfasst.</source>
            <translation>No actors have been recorded yet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Fachbereich</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Ansprache</source>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Schlüsselpartner</source>
            <translation>Key partner</translation>
        </message>
        <message>
            <source>Kooperation</source>
            <translation>Cooperation</translation>
        </message>
        <message>
            <source>Schnittstellen und Kooperationen zwischen jeweils zwei Akteuren.</source>
            <translation>Interfaces and cooperations between two actors each.</translation>
        </message>
        <message>
            <source>Es sind noch keine Kooperationen erfasst.</source>
            <translation>No cooperations have been recorded yet.</translation>
        </message>
        <message>
            <source>Akteur</source>
            <translation>Actor</translation>
        </message>
        <message>
            <source>mit Akteur</source>
            <translation>with actor</translation>
        </message>
        <message>
            <source>Art der Verbindung</source>
            <translation>Kind of connection</translation>
        </message>
        <message>
            <source>Vereinbarkeit</source>
            <translation>Compatibility</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Financing</translation>
        </message>
        <message>
            <source>Finanzierungsmodelle: Einnahmen und Kosten über die Jahre.</source>
            <translation>Financing models: revenue and costs over the years.</translation>
        </message>
        <message>
            <source>Es gibt noch keine Finanzierungsmodelle.</source>
            <translation>There are no financing models yet.</translation>
        </message>
        <message>
            <source>Zum Modell</source>
            <translation>For the model</translation>
        </message>
        <message>
            <source>Laufzeit (Monate)</source>
            <translation>Duration (months)</translation>
        </message>
        <message>
            <source>Teilnehmende</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Gezeigt werden nur Pseudonym und Gruppe – Namen und Kontaktdaten erscheinen hier nicht.</source>
            <translation>Only pseudonym and group are shown – names and contact details do not appear here.</translation>
        </message>
        <message>
            <source>Es sind noch keine Teilnehmenden erfasst.</source>
            <translation>No participants have been recorded yet.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>(ohne Pseudonym)</source>
            <translation>(no pseudonym)</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
    </context>
    <context>
        <name>PackTab</name>
        <message>
            <source>Ein Paket ist eine Momentaufnahme dieser Werkstatt zum Mitnehmen (USB-Stick, E-Mail). Mit Passwort ist es verschlüsselt: ein verlorener Stick verrät nichts.</source>
            <translation>A package is a snapshot of this workshop to take along (USB stick, email). With a password it is encrypted: a lost stick reveals nothing.</translation>
        </message>
        <message>
            <source>Paket &amp;erstellen</source>
            <translation>&amp;Create package</translation>
        </message>
        <message>
            <source>Paketdatei:</source>
            <translation>Package file:</translation>
        </message>
        <message>
            <source>Auswählen …</source>
            <translation>Choose …</translation>
        </message>
        <message>
            <source>Passwort (freiwillig):</source>
            <translation>Password (optional):</translation>
        </message>
        <message>
            <source>Passwort wiederholen:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <source>Paket speichern unter</source>
            <translation>Save package as</translation>
        </message>
        <message>
            <source>Pakete (*.qwpaket)</source>
            <translation>Packages (*.qwpaket)</translation>
        </message>
    </context>
    <context>
        <name>PaperEntryDialog</name>
        <message>
            <source>Papierstimmen eintragen – %1</source>
            <translation>Enter paper votes – %1</translation>
        </message>
        <message>
            <source>Je Stimmzettel %1 Punkte. Tragen Sie die gezählten Punkte je Karte ein.</source>
            <translation>%1 points per ballot. Enter the counted points for each card.</translation>
        </message>
        <message>
            <source>Ausgezählte Stimmzettel</source>
            <translation>Ballots counted</translation>
        </message>
        <message>
            <source>(leere Karte)</source>
            <translation>(empty card)</translation>
        </message>
        <message>
            <source>(schon eingetragen: %1)</source>
            <translation>(already entered: %1)</translation>
        </message>
        <message>
            <source>Erfasst von</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Bisher eingetragen: %1 Stimmzettel.</source>
            <translation>Entered so far: %1 ballots.</translation>
        </message>
        <message>
            <source>Prüfen und speichern</source>
            <translation>Check and save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Name – leer lassen für ein Pseudonym – Enter</source>
            <translation>Name – leave empty for a pseudonym – Enter</translation>
        </message>
        <message>
            <source>An der Tür hinzufügen</source>
            <translation>Add at the door</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Suchen nach Name, Pseudonym oder Organisation</source>
            <translation>Search by name, pseudonym or organisation</translation>
        </message>
        <message>
            <source>alle Gruppen</source>
            <translation>all groups</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Änderungen speichern</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Person löschen (DSGVO) …</source>
            <translation>Erase person (GDPR) …</translation>
        </message>
        <message>
            <source>Auskunft exportieren (Art. 15) …</source>
            <translation>Export data access report (Art. 15) …</translation>
        </message>
        <message>
            <source>keine Organisation</source>
            <translation>no organisation</translation>
        </message>
        <message>
            <source>%1 gespeichert.</source>
            <translation>%1 saved.</translation>
        </message>
        <message>
            <source>Die personenbezogenen Daten von %1 sind gelöscht.</source>
            <translation>The personal data of %1 has been erased.</translation>
        </message>
        <message>
            <source>Auskunft gespeichert: %1</source>
            <translation>Report saved: %1</translation>
        </message>
        <message>
            <source>ohne Sitzung</source>
            <translation>without a session</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>anwesend: %1</source>
            <translation>present: %1</translation>
        </message>
        <message>
            <source>(gelöscht)</source>
            <translation>(erased)</translation>
        </message>
        <message>
            <source>anwesend</source>
            <translation>present</translation>
        </message>
        <message>
            <source>nicht da</source>
            <translation>not here</translation>
        </message>
        <message>
            <source>%1 Personen</source>
            <translation>%1 people</translation>
        </message>
        <message>
            <source>%1 hinzugefügt</source>
            <translation>%1 added</translation>
        </message>
        <message>
            <source> und als anwesend markiert (%1).</source>
            <translation> and marked as present (%1).</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <source>Unbekanntes Format „%1“: erlaubt sind .png, .svg und .pdf.</source>
            <extracomment>file dialog filter -&gt; suffix</extracomment>
            <translation>Unknown format “%1”: allowed are .png, .svg and .pdf.</translation>
        </message>
        <message>
            <source>Leinwand als Bild speichern</source>
            <translation>Save canvas as picture</translation>
        </message>
        <message>
            <source>Bild speichern</source>
            <translation>Save picture</translation>
        </message>
    </context>
    <context>
        <name>PrepareTab</name>
        <message>
            <source>Eine eigene Werkstatt-Datei für einen Laptop, der mit zur Veranstaltung geht. Danach wird sie unter »Pakete zusammenführen« zurückgeholt.</source>
            <translation>A workshop file of its own for a laptop that goes to the event. Afterwards it is brought back under "Merge packages".</translation>
        </message>
        <message>
            <source>&amp;Alles mitnehmen</source>
            <translation>Take &amp;everything</translation>
        </message>
        <message>
            <source>Nur &amp;ausgewählte Modelle und Akteure</source>
            <translation>Only &amp;chosen models and actors</translation>
        </message>
        <message>
            <source>Modelle</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Akteure</source>
            <translation>Actors</translation>
        </message>
        <message>
            <source>Laptop-Datei &amp;erstellen</source>
            <translation>&amp;Create laptop file</translation>
        </message>
        <message>
            <source>Neue Datei:</source>
            <translation>New file:</translation>
        </message>
        <message>
            <source>Auswählen …</source>
            <translation>Choose …</translation>
        </message>
        <message>
            <source>Laptop-Datei speichern unter</source>
            <translation>Save laptop file as</translation>
        </message>
        <message>
            <source>Werkstatt-Dateien (*.werkstatt)</source>
            <translation>Workshop files (*.werkstatt)</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>Präsentation – Esc beendet</source>
            <translation>Presentation – Esc ends it</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Das Protokoll konnte zum Drucken nicht gelesen werden.</source>
            <translation>The protocol could not be read for printing.</translation>
        </message>
        <message>
            <source>Der Drucker konnte nicht angesprochen werden.</source>
            <translation>The printer could not be reached.</translation>
        </message>
        <message>
            <source>Drucken</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPage</name>
        <message>
            <source>Protokoll einer Sitzung</source>
            <translation>Protocol of a session</translation>
        </message>
        <message>
            <source>Sitzung:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>Sitzung für das Protokoll</source>
            <translation>Session for the protocol</translation>
        </message>
        <message>
            <source>Abschnitte</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Kurzprotokoll (eine Seite zum Austeilen)</source>
            <translation>Short protocol (one page to hand out)</translation>
        </message>
        <message>
            <source>PDF erstellen …</source>
            <translation>Create PDF …</translation>
        </message>
        <message>
            <source>PDF öffnen</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <source>Drucken …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Exportieren …</source>
            <translation>Export …</translation>
        </message>
        <message>
            <source>Alle Daten als Excel-Arbeitsmappe, CSV-Ordner oder JSON – standardmäßig pseudonymisiert</source>
            <translation>All data as an Excel workbook, CSV folder or JSON – pseudonymised by default</translation>
        </message>
        <message>
            <source>Namen erscheinen nur bei Personen mit Einwilligung; alle anderen unter ihrem Pseudonym.</source>
            <translation>Names appear only for people who consented; everyone else under their pseudonym.</translation>
        </message>
        <message>
            <source>ohne Datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <source>Diese Werkstatt enthält noch keine Sitzung.</source>
            <translation>This workshop has no session yet.</translation>
        </message>
        <message>
            <source>Protokoll speichern</source>
            <translation>Save protocol</translation>
        </message>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Wird abgebrochen …</source>
            <translation>Cancelling …</translation>
        </message>
        <message>
            <source>Abschnitt: %1</source>
            <translation>Section: %1</translation>
        </message>
        <message>
            <source>Protokoll geschrieben: %1</source>
            <translation>Protocol written: %1</translation>
        </message>
        <message>
            <source>Abgebrochen – es wurde keine Datei geschrieben.</source>
            <translation>Cancelled – no file was written.</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>Protocol</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <source>Monat {0}</source>
            <translation>Month {0}</translation>
        </message>
        <message>
            <source>Noch kein Modell gewählt.</source>
            <translation>No model chosen yet.</translation>
        </message>
        <message>
            <source>Was wäre, wenn …</source>
            <translation>What if …</translation>
        </message>
        <message>
            <source>Szenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Lücke pro Monat</source>
            <translation>Gap per month</translation>
        </message>
        <message>
            <source>Kontostand am Ende</source>
            <translation>Balance at the end</translation>
        </message>
        <message>
            <source>Break-even: {0}</source>
            <translation>Break-even: {0}</translation>
        </message>
        <message>
            <source>nie im Zeitraum</source>
            <translation>never within the period</translation>
        </message>
        <message>
            <source>Kontostand am Ende: {0}</source>
            <translation>Balance at the end: {0}</translation>
        </message>
        <message>
            <source>Befristete Förderung bis Monat {0}; bewertet: Monat {1} bis {2}</source>
            <translation>Time-limited funding until month {0}; valued: month {1} to {2}</translation>
        </message>
        <message>
            <source>Nötige Inanspruchnahme: {0} %</source>
            <translation>Uptake needed: {0} %</translation>
        </message>
        <message>
            <source>über 1000</source>
            <translation>over 1000</translation>
        </message>
        <message>
            <source>Nötige Nutzende »{0}«: {1} (jetzt {2})</source>
            <translation>Users needed »{0}«: {1} (now {2})</translation>
        </message>
        <message>
            <source>trägt sich</source>
            <translation>self-supporting</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Moderationsansicht (Zwischenstand, nicht für den Beamer)</source>
            <extracomment>Colour-blind-safe palette (Okabe–Ito), one per group in GROUP_ORDER; the legend names each.</extracomment>
            <translation>Facilitator view (interim result, not for the projector)</translation>
        </message>
        <message>
            <source>Runde</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>vergleichen mit</source>
            <translation>compare with</translation>
        </message>
        <message>
            <source>Karte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Rang vorher</source>
            <translation>Rank before</translation>
        </message>
        <message>
            <source>Punkte vorher</source>
            <translation>Points before</translation>
        </message>
        <message>
            <source>Rang nachher</source>
            <translation>Rank after</translation>
        </message>
        <message>
            <source>Punkte nachher</source>
            <translation>Points after</translation>
        </message>
        <message>
            <source>Veränderung</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>— keine —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>Noch keine Abstimmungsrunde.</source>
            <translation>No voting round yet.</translation>
        </message>
        <message>
            <source>Die Ergebnisse werden erst gezeigt, wenn die Runde geschlossen ist.</source>
            <translation>The results are shown only once the round is closed.</translation>
        </message>
        <message>
            <source> (Zwischenstand)</source>
            <translation> (interim result)</translation>
        </message>
        <message>
            <source>, %1 Papier-Stimmzettel</source>
            <translation>, %1 paper ballots</translation>
        </message>
        <message>
            <source>%1%2: %3 Punkte von %4 Abstimmenden%5</source>
            <translation>%1%2: %3 points from %4 voters%5</translation>
        </message>
        <message>
            <source>Rang</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Punkte</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Punkte nach Gruppe</source>
            <translation>Points by group</translation>
        </message>
        <message>
            <source>neu</source>
            <translation>new</translation>
        </message>
        <message>
            <source>nicht mehr dabei</source>
            <translation>no longer included</translation>
        </message>
        <message>
            <source>▲ 1 Platz höher</source>
            <translation>▲ 1 place higher</translation>
        </message>
        <message>
            <source>▲ %1 Plätze höher</source>
            <translation>▲ %1 places higher</translation>
        </message>
        <message>
            <source>▼ 1 Platz tiefer</source>
            <translation>▼ 1 place lower</translation>
        </message>
        <message>
            <source>▼ %1 Plätze tiefer</source>
            <translation>▼ %1 places lower</translation>
        </message>
        <message>
            <source>= gleicher Platz</source>
            <translation>= same place</translation>
        </message>
    </context>
    <context>
        <name>RevenueCostChart</name>
        <message>
            <source>Einnahmen nach Quelle und Kosten pro Jahr (€)</source>
            <translation>Revenue by source and costs per year (€)</translation>
        </message>
        <message>
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Jahr {0}</source>
            <translation>Year {0}</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>RowTableView</name>
        <message>
            <source>Suchen …</source>
            <translation>Search …</translation>
        </message>
        <message>
            <source>Liste durchsuchen</source>
            <translation>Search the list</translation>
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message>
            <source>Angebot</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Zielgruppe</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Preis</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Finanzierung</source>
            <translation>Financing</translation>
        </message>
        <message>
            <source>Angebot, z. B. Einkaufsbegleitung</source>
            <translation>Service, e.g. shopping companion</translation>
        </message>
        <message>
            <source>Preis in €</source>
            <translation>Price in €</translation>
        </message>
        <message>
            <source>Angebot hinzufügen</source>
            <translation>Add service</translation>
        </message>
        <message>
            <source>Entfernen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>(Kategorie des Akteurs)</source>
            <translation>(category of the actor)</translation>
        </message>
        <message>
            <source>Der Preis ist keine Zahl.</source>
            <translation>The price is not a number.</translation>
        </message>
    </context>
    <context>
        <name>SessionCompare</name>
        <message>
            <source>{title}, Version {n}</source>
            <translation>{title}, version {n}</translation>
        </message>
        <message>
            <source>1 Karte</source>
            <translation>1 card</translation>
        </message>
        <message>
            <source>{n} Karten</source>
            <translation>{n} cards</translation>
        </message>
        <message>
            <source> – nur hier</source>
            <translation> – only here</translation>
        </message>
    </context>
    <context>
        <name>SessionCompareWidget</name>
        <message>
            <source>Links:</source>
            <translation>Left:</translation>
        </message>
        <message>
            <source>Rechts:</source>
            <translation>Right:</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Rechts</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Es gibt keine zweite Tafel mit derselben Vorlage zum Vergleichen.</source>
            <translation>There is no second board with the same template to compare with.</translation>
        </message>
        <message>
            <source>Bitte zwei verschiedene Tafeln wählen.</source>
            <translation>Please choose two different boards.</translation>
        </message>
        <message>
            <source>Nur links: {a} Karten, nur rechts: {b} Karten. Gruppe = Interessengruppe der Person, die die Karte geschrieben hat.</source>
            <translation>Only left: {a} cards, only right: {b} cards. Group = stakeholder group of the person who wrote the card.</translation>
        </message>
        <message>
            <source>ohne Bereich</source>
            <translation>no area</translation>
        </message>
        <message>
            <source>Auf beiden Tafeln liegen noch keine Karten.</source>
            <translation>There are no cards on either board yet.</translation>
        </message>
        <message>
            <source>Version {n}</source>
            <translation>Version {n}</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Ablauf und Zeit</source>
            <translation>Agenda and time</translation>
        </message>
        <message>
            <source>Abstimmungen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Kommentare und Barrieren</source>
            <translation>Comments and barriers</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Tastenkürzel</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&lt;p&gt;In jeder Liste: Pfeiltasten wählen, Tabulator wechselt zwischen Navigation und Inhalt.&lt;/p&gt;</source>
            <translation>&lt;p&gt;In every list: arrow keys select, Tab moves between navigation and content.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Synchronisieren</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>Pakete zusammenführen</source>
            <translation>Merge packages</translation>
        </message>
        <message>
            <source>Paket erstellen</source>
            <translation>Create package</translation>
        </message>
        <message>
            <source>Mit Server abgleichen</source>
            <translation>Synchronise with server</translation>
        </message>
        <message>
            <source>Laptop vorbereiten</source>
            <translation>Prepare laptop</translation>
        </message>
        <message>
            <source>Abbre&amp;chen</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Konflikte ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <source>Konflikte</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Nicht geklappt.</source>
            <translation>That did not work.</translation>
        </message>
        <message>
            <source>Wird nach der laufenden Quelle angehalten …</source>
            <translation>Stopping after the current source …</translation>
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Bitte zuerst Pakete oder Werkstatt-Dateien hinzufügen.</source>
            <translation>Please add packages or workshop files first.</translation>
        </message>
        <message>
            <source>Verschlüsseltes Paket</source>
            <translation>Encrypted package</translation>
        </message>
        <message>
            <source>Passwort für die verschlüsselten Pakete:</source>
            <translation>Password for the encrypted packages:</translation>
        </message>
        <message>
            <source>Wird zusammengeführt …</source>
            <translation>Merging …</translation>
        </message>
        <message>
            <source>{source}: {tally}</source>
            <translation>{source}: {tally}</translation>
        </message>
        <message>
            <source>Zusammen: {tally}</source>
            <translation>Altogether: {tally}</translation>
        </message>
        <message>
            <source>Abgebrochen: {done} von {wanted} Quellen wurden übernommen, die übrigen nicht.</source>
            <translation>Cancelled: {done} of {wanted} sources were merged, the others were not.</translation>
        </message>
        <message>
            <source>Zusammengeführt.</source>
            <translation>Merged.</translation>
        </message>
        <message>
            <source>Nicht alles zusammengeführt.</source>
            <translation>Not everything was merged.</translation>
        </message>
        <message>
            <source>Andere Werkstatt</source>
            <translation>Another workspace</translation>
        </message>
        <message>
            <source>{names} wurde nicht mit »Laptop vorbereiten« aus dieser Werkstatt angelegt, sondern unabhängig davon. Solche Dateien werden nicht einfach zusammengeführt.

Sollen ihre Inhalte trotzdem als neue Einträge übernommen werden? Vorlagen und Kategorien werden den vorhandenen zugeordnet, nicht verdoppelt.</source>
            <translation>{names} was not made from this workspace with “Prepare laptop” but created independently. Such files are not simply merged.

Take over their content as new entries anyway? Templates and categories are matched to the existing ones, not duplicated.</translation>
        </message>
        <message>
            <source>Als neue Einträge übernehmen</source>
            <translation>Take over as new entries</translation>
        </message>
        <message>
            <source>Nicht übernehmen</source>
            <translation>Do not take over</translation>
        </message>
        <message>
            <source>Die beiden Passwörter stimmen nicht überein.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <source>Paket wird erstellt …</source>
            <translation>Creating package …</translation>
        </message>
        <message>
            <source>verschlüsselt</source>
            <translation>encrypted</translation>
        </message>
        <message>
            <source>unverschlüsselt</source>
            <translation>not encrypted</translation>
        </message>
        <message>
            <source>Paket erstellt.</source>
            <translation>Package created.</translation>
        </message>
        <message>
            <source>Paket {name} geschrieben: {rows} Einträge, {kind}.</source>
            <translation>Package {name} written: {rows} entries, {kind}.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Bitte die Adresse des Servers eintragen.</source>
            <translation>Please enter the server address.</translation>
        </message>
        <message>
            <source>Server-Passwort</source>
            <translation>Server password</translation>
        </message>
        <message>
            <source>Passwort für den Server (wird nicht gespeichert):</source>
            <translation>Password for the server (not stored):</translation>
        </message>
        <message>
            <source>Abgleich mit dem Server …</source>
            <translation>Synchronising with the server …</translation>
        </message>
        <message>
            <source>Abgleich fertig.</source>
            <translation>Synchronisation done.</translation>
        </message>
        <message>
            <source>Gesendet: {tally}</source>
            <translation>Sent: {tally}</translation>
        </message>
        <message>
            <source>Geholt: {tally}</source>
            <translation>Fetched: {tally}</translation>
        </message>
        <message>
            <source>Die Datei {name} gibt es schon; bitte einen neuen Namen wählen.</source>
            <translation>The file {name} already exists; please choose a new name.</translation>
        </message>
        <message>
            <source>Bitte mindestens ein Modell wählen.</source>
            <translation>Please choose at least one model.</translation>
        </message>
        <message>
            <source>Laptop-Datei wird erstellt …</source>
            <translation>Creating laptop file …</translation>
        </message>
        <message>
            <source>Laptop-Datei erstellt.</source>
            <translation>Laptop file created.</translation>
        </message>
        <message>
            <source>{name} ist bereit (eigene Gerätekennung). Nach der Veranstaltung unter »Pakete zusammenführen« zurückholen.</source>
            <translation>{name} is ready (its own device id). After the event, bring it back under "Merge packages".</translation>
        </message>
        <message>
            <source>nicht mitgenommen: {count} {what}</source>
            <translation>not taken along: {count} {what}</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position (waagerecht)</source>
            <translation>Position (horizontal)</translation>
        </message>
        <message>
            <source>Position (senkrecht)</source>
            <translation>Position (vertical)</translation>
        </message>
        <message>
            <source>Breite</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Höhe</source>
            <translation>Height</translation>
        </message>
        <message>
            <source>Farbe</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Gelöscht</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Feld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Gruppe</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Betrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Verdeckt</source>
            <translation>Face down</translation>
        </message>
        <message>
            <source>(leer)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nein</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{day}, {time} Uhr</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>dieses Gerät</source>
            <translation>this device</translation>
        </message>
        <message>
            <source>Gerät {short}</source>
            <translation>Device {short}</translation>
        </message>
        <message>
            <source>{new} neu, {changed} geändert, {conflicts} Konflikte</source>
            <translation>{new} new, {changed} changed, {conflicts} conflicts</translation>
        </message>
        <message>
            <source>Kommentar</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Karte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Stimme</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Eintrag ({table})</source>
            <translation>Entry ({table})</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Vorlage bearbeiten: {name}</source>
            <translation>Edit template: {name}</translation>
        </message>
        <message>
            <source>Neue Vorlage</source>
            <translation>New template</translation>
        </message>
        <message>
            <source>{name} (Kopie)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <source>Diese Vorlage wird mitgeliefert und bleibt unverändert. Ihre Änderungen werden als neue, eigene Vorlage gespeichert.</source>
            <translation>This template comes with the app and stays unchanged. Your changes are saved as a new template of your own.</translation>
        </message>
        <message>
            <source>Vorlage</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Beschreibung:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Breite:</source>
            <translation>Width:</translation>
        </message>
        <message>
            <source>Höhe:</source>
            <translation>Height:</translation>
        </message>
        <message>
            <source>Bereich hinzufügen</source>
            <translation>Add area</translation>
        </message>
        <message>
            <source>Bereich löschen</source>
            <translation>Delete area</translation>
        </message>
        <message>
            <source>Gewählter Bereich</source>
            <translation>Selected area</translation>
        </message>
        <message>
            <source>Blau</source>
            <translation>Blue</translation>
        </message>
        <message>
            <source>Grün</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Lila</source>
            <translation>Purple</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Türkis</source>
            <translation>Turquoise</translation>
        </message>
        <message>
            <source>Grau</source>
            <translation>Grey</translation>
        </message>
        <message>
            <source>Rosa</source>
            <translation>Pink</translation>
        </message>
        <message>
            <source>Gelb</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <source>Titel:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Leitfrage:</source>
            <translation>Guiding question:</translation>
        </message>
        <message>
            <source>Farbe:</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <source>Lage:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Ziehen verschiebt einen Bereich, die Ecke unten rechts ändert die Größe (Raster 20). Doppelklick: Titel bearbeiten.</source>
            <translation>Dragging moves an area, the bottom right corner changes its size (grid 20). Double-click: edit the title.</translation>
        </message>
        <message>
            <source>Rückgängig</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Wiederholen</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Fläche vergrößern</source>
            <translation>Enlarge the surface</translation>
        </message>
        <message>
            <source>Neuer Bereich</source>
            <translation>New area</translation>
        </message>
        <message>
            <source>Bereich verschieben</source>
            <translation>Move area</translation>
        </message>
        <message>
            <source>Bereich bearbeiten</source>
            <translation>Edit area</translation>
        </message>
        <message>
            <source>Vorlage bearbeiten</source>
            <translation>Edit template</translation>
        </message>
        <message>
            <source>Kein Bereich gewählt.</source>
            <translation>No area selected.</translation>
        </message>
        <message>
            <source>Bisherige Farbe</source>
            <translation>Previous colour</translation>
        </message>
        <message>
            <source>x {x:.0f}, y {y:.0f}, {w:.0f} × {h:.0f}</source>
            <translation>x {x:.0f}, y {y:.0f}, {w:.0f} × {h:.0f}</translation>
        </message>
        <message>
            <source>✓ Die Vorlage ist vollständig und kann gespeichert werden.</source>
            <translation>✓ The template is complete and can be saved.</translation>
        </message>
        <message>
            <source>Nicht gespeichert – bitte zuerst beheben:</source>
            <translation>Not saved – please fix first:</translation>
        </message>
        <message>
            <source>Noch zu beheben:</source>
            <translation>Still to fix:</translation>
        </message>
    </context>
    <context>
        <name>TemplateOps</name>
        <message>
            <source>Die Vorlage gibt es nicht (mehr).</source>
            <translation>The template no longer exists.</translation>
        </message>
        <message>
            <source>Den Schlüssel „{key}“ hat schon eine andere Vorlage.</source>
            <translation>Another template already has the key “{key}”.</translation>
        </message>
        <message>
            <source>Mitgelieferte Vorlagen lassen sich nicht ändern; bitte als Kopie speichern.</source>
            <translation>Templates that come with the app cannot be changed; please save as a copy.</translation>
        </message>
        <message>
            <source>Die Vorlage hat keinen Namen.</source>
            <translation>The template has no name.</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Messwerte</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <source>Ziel</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>Versionen und Sitzungen vergleichen</source>
            <translation>Compare versions and sessions</translation>
        </message>
        <message>
            <source>Versionen vergleichen</source>
            <translation>Compare versions</translation>
        </message>
        <message>
            <source>Sitzungen vergleichen</source>
            <translation>Compare sessions</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>VersionDiff</name>
        <message>
            <source>kein Betrag</source>
            <translation>no amount</translation>
        </message>
        <message>
            <source> / Monat</source>
            <translation> / month</translation>
        </message>
        <message>
            <source> / Jahr</source>
            <translation> / year</translation>
        </message>
        <message>
            <source>Bereich: {title}</source>
            <translation>Area: {title}</translation>
        </message>
        <message>
            <source>Betrag: {amount}</source>
            <translation>Amount: {amount}</translation>
        </message>
        <message>
            <source>Gruppe: {title}</source>
            <translation>Group: {title}</translation>
        </message>
        <message>
            <source>keine</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>VersionDiffWidget</name>
        <message>
            <source>Vorher:</source>
            <translation>Before:</translation>
        </message>
        <message>
            <source>Nachher:</source>
            <translation>After:</translation>
        </message>
        <message>
            <source>Änderung</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Karte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Vorher</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Von dieser Tafel gibt es erst eine Version. Mit »Als neue Version sichern« entsteht die nächste; dann lassen sich beide vergleichen.</source>
            <translation>There is only one version of this board so far. »Save as new version« creates the next; then both can be compared.</translation>
        </message>
        <message>
            <source>Bitte zwei verschiedene Versionen wählen.</source>
            <translation>Please choose two different versions.</translation>
        </message>
        <message>
            <source>{older} → {newer}: {added} neu, {removed} entfernt, {changed} geändert, {same} unverändert</source>
            <translation>{older} → {newer}: {added} new, {removed} removed, {changed} changed, {same} unchanged</translation>
        </message>
        <message>
            <source>ohne Bereich</source>
            <translation>no area</translation>
        </message>
        <message>
            <source>neu</source>
            <translation>new</translation>
        </message>
        <message>
            <source>entfernt</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>geändert: {fields}</source>
            <translation>changed: {fields}</translation>
        </message>
        <message>
            <source>Keine Unterschiede zwischen den beiden Versionen.</source>
            <translation>No differences between the two versions.</translation>
        </message>
    </context>
    <context>
        <name>ViewSettings</name>
        <message>
            <source>S&amp;prache</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Schrift&amp;größe</source>
            <translation>Font si&amp;ze</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Hoher &amp;Kontrast</source>
            <translation>High &amp;contrast</translation>
        </message>
    </context>
    <context>
        <name>Vokabular</name>
        <message>
            <source>dafür</source>
            <translation>in favour</translation>
        </message>
        <message>
            <source>dagegen</source>
            <translation>against</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <source>Frage</source>
            <translation>question</translation>
        </message>
        <message>
            <source>Idee</source>
            <translation>idea</translation>
        </message>
        <message>
            <source>ethisch</source>
            <translation>ethical</translation>
        </message>
        <message>
            <source>rechtlich</source>
            <translation>legal</translation>
        </message>
        <message>
            <source>sozial</source>
            <translation>social</translation>
        </message>
        <message>
            <source>offen</source>
            <translation>open</translation>
        </message>
        <message>
            <source>in Bearbeitung</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>überwunden</source>
            <translation>overcome</translation>
        </message>
        <message>
            <source>Karte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Leinwand</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>Sitzung</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Bürger*innen</source>
            <translation>Citizens</translation>
        </message>
        <message>
            <source>Dienstleister</source>
            <translation>Service providers</translation>
        </message>
        <message>
            <source>kommunale Akteure</source>
            <translation>Municipal actors</translation>
        </message>
        <message>
            <source>Vereine/Netzwerke</source>
            <translation>Associations/networks</translation>
        </message>
        <message>
            <source>Wissenschaft/Moderation</source>
            <translation>Research/facilitation</translation>
        </message>
        <message>
            <source>Dienstleisterkonferenz</source>
            <translation>Service providers' conference</translation>
        </message>
        <message>
            <source>Bürgerworkshop</source>
            <translation>Citizens' workshop</translation>
        </message>
        <message>
            <source>Quartierskonferenz</source>
            <translation>Neighbourhood conference</translation>
        </message>
        <message>
            <source>Koordinierungstreffen</source>
            <translation>Coordination meeting</translation>
        </message>
        <message>
            <source>Evaluationstreffen</source>
            <translation>Evaluation meeting</translation>
        </message>
        <message>
            <source>läuft</source>
            <translation>running</translation>
        </message>
        <message>
            <source>beendet</source>
            <translation>ended</translation>
        </message>
        <message>
            <source>geplant</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>erteilt</source>
            <translation>given</translation>
        </message>
        <message>
            <source>widerrufen</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>keine Angabe</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Entwurf</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>geschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Klebepunkte</source>
            <translation>Sticky dots</translation>
        </message>
        <message>
            <source>Punkte verteilen</source>
            <translation>Distribute points</translation>
        </message>
        <message>
            <source>Bildschirm</source>
            <translation>Screen</translation>
        </message>
        <message>
            <source>Vertretung</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Papier</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Deckblatt</source>
            <translation>Cover page</translation>
        </message>
        <message>
            <source>Ablauf</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Teilnahme</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Leinwände</source>
            <translation>Canvases</translation>
        </message>
        <message>
            <source>Abstimmungen</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Kommentare</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>Umsetzungsbarrieren</source>
            <translation>Implementation barriers</translation>
        </message>
        <message>
            <source>Beschlüsse, nächste Schritte, offene Fragen</source>
            <translation>Decisions, next steps, open questions</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
    </context>
    <context>
        <name>VotePanel</name>
        <message>
            <source>Neue Runde …</source>
            <extracomment>Asks before the final close; replaced in tests.</extracomment>
            <translation>New round …</translation>
        </message>
        <message>
            <source>ohne Zeitbox</source>
            <translation>no time box</translation>
        </message>
        <message>
            <source> Min.</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>+%1 Min.</source>
            <translation>+%1 min</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Papierstimmen …</source>
            <translation>Paper votes …</translation>
        </message>
        <message>
            <source>Moderation (Name)</source>
            <translation>Facilitator (name)</translation>
        </message>
        <message>
            <source>Leinwand</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>Runde</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Abstimmen</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Ergebnisse</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Keine Runde</source>
            <translation>No round</translation>
        </message>
        <message>
            <source>%1, %2 Punkte pro Person</source>
            <translation>%1, %2 points per person</translation>
        </message>
        <message>
            <source>Status: %1 – %2</source>
            <translation>Status: %1 – %2</translation>
        </message>
        <message>
            <source>Runde „%1“ angelegt. Zum Abstimmen „Öffnen“ wählen.</source>
            <translation>Round “%1” created. Choose “Open” to start voting.</translation>
        </message>
        <message>
            <source>Die Runde ist offen.</source>
            <translation>The round is open.</translation>
        </message>
        <message>
            <source>Die Runde ist offen – %1 Minuten Zeit.</source>
            <translation>The round is open – %1 minutes.</translation>
        </message>
        <message>
            <source>%1 Minuten mehr Zeit.</source>
            <translation>%1 more minutes.</translation>
        </message>
        <message>
            <source>Die Runde endgültig schließen? Danach nimmt sie keine Stimmen mehr an, und die Ergebnisse werden gezeigt.</source>
            <translation>Close the round for good? After that it accepts no more votes, and the results are shown.</translation>
        </message>
        <message>
            <source>Die Runde ist geschlossen.</source>
            <translation>The round is closed.</translation>
        </message>
        <message>
            <source>%1 Punkte von Papier eingetragen.</source>
            <translation>%1 points entered from paper.</translation>
        </message>
        <message>
            <source>Abstimmung schließen</source>
            <translation>Close vote</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Geschäftsmodelle für die Quartiersversorgung gemeinsam entwickeln</source>
            <translation>Develop business models for neighbourhood care together</translation>
        </message>
        <message>
            <source>Neue Werkstatt …</source>
            <translation>New workshop …</translation>
        </message>
        <message>
            <source>Eine neue, leere Werkstatt-Datei für ein Quartier anlegen</source>
            <translation>Create a new, empty workshop file for a neighbourhood</translation>
        </message>
        <message>
            <source>Öffnen …</source>
            <translation>Open …</translation>
        </message>
        <message>
            <source>Eine vorhandene Werkstatt-Datei öffnen</source>
            <translation>Open an existing workshop file</translation>
        </message>
        <message>
            <source>Demo öffnen</source>
            <translation>Open demo</translation>
        </message>
        <message>
            <source>Eine Beispiel-Werkstatt zum Ausprobieren öffnen</source>
            <translation>Open a sample workshop to try things out</translation>
        </message>
        <message>
            <source>Handbuch lesen (F1)</source>
            <translation>Read the manual (F1)</translation>
        </message>
        <message>
            <source>Wie Sie eine Konferenz vorbereiten, abstimmen lassen und das Protokoll drucken</source>
            <translation>How to prepare a conference, run a vote and print the protocol</translation>
        </message>
        <message>
            <source>Zuletzt geöffnet</source>
            <translation>Recently opened</translation>
        </message>
        <message>
            <source>Zuletzt geöffnete Werkstätten</source>
            <translation>Recently opened workshops</translation>
        </message>
        <message>
            <source>Noch keine Werkstatt geöffnet.</source>
            <translation>No workshop opened yet.</translation>
        </message>
        <message>
            <source>Doppelklick oder Eingabetaste öffnet die Datei.</source>
            <translation>Double-click or Enter opens the file.</translation>
        </message>
        <message>
            <source>Version {version} · Alles bleibt auf diesem Rechner.</source>
            <translation>Version {version} · Everything stays on this computer.</translation>
        </message>
    </context>
</TS>
