"""Importing real-world inventory lists: encodings, separators, XLSX, broken files, duplicates, dry run, CLI."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.operations.actor_import import UnmappedHeaders, import_actors, preview_import
from app.operations.actors_ops import get_actor, list_actors
from app.operations.errors import OperationRefused
from app.operations.services_ops import catalogue

from .conftest import count_rows, table_snapshot

ROOT = Path(__file__).resolve().parents[2]

GERMAN_EXCEL_CSV = (
    "Einrichtung;Fachbereich;Träger;Rechtsform;Ansprechpartner;Telefon;E-Mail;Straße;PLZ;Ort;Status;"
    "Schlüsselpartner;Bemerkung;Angebot;Preis (€)\r\n"
    "Pflegedienst Sonnenschein;Pflege;privates Unternehmen;GmbH;Frau Öztürk;0209 12345;"
    "info@sonnenschein.example;Hauptstraße 12;45894;Gelsenkirchen;kontaktiert;x;Größter Dienst im Viertel;"
    "Hausbesuch;38,50\r\n"
    "Bäckerei Müller;Bäckerei;privates Unternehmen;Einzelunternehmen;Herr Müller;0209 555;;Marktplatz 3;"
    "45894;Gelsenkirchen;identifiziert;nein;Öffnet um 6 Uhr;Brötchen-Lieferdienst;1.234,50\r\n"
    "Förderverein Schaffrath;Engagement;Verein;e. V.;Frau Weiß;;;Kirchweg 1;45896;Gelsenkirchen;Partner;ja;;;\r\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_german_excel_csv_with_semicolons_cp1252_umlauts_and_decimal_commas(ws, tmp_path):
    f = write(tmp_path, "bestand.csv", GERMAN_EXCEL_CSV.encode("cp1252"))
    result = import_actors(ws, f)
    assert result.applied and result.created == 3 and not result.skipped
    rows = {r.name: r for r in list_actors(ws)}
    assert set(rows) == {"Pflegedienst Sonnenschein", "Bäckerei Müller", "Förderverein Schaffrath"}
    assert rows["Bäckerei Müller"].category == "Nahversorgung / Einzelhandel › Bäckerei"
    detail = get_actor(ws, rows["Förderverein Schaffrath"].id)
    assert detail.legal_form == "e.V." and detail.kind == "Verein" and detail.key_partner
    assert detail.outreach_status == "Partner" and detail.contact_person == "Frau Weiß"
    assert get_actor(ws, rows["Pflegedienst Sonnenschein"].id).notes == "Größter Dienst im Viertel"
    prices = {s.name: s.price_cents for s in catalogue(ws)}
    assert prices == {"Hausbesuch": 3850, "Brötchen-Lieferdienst": 123450}


def test_utf8_csv_with_bom_and_commas(ws, tmp_path):
    text = ('Name,Kategorie,Telefon,E-Mail,Adresse,PLZ,Ort,Schlüsselpartner\n'
            '"Caritas, Gelsenkirchen",Beratung,0209 1,c@caritas.example,Kirchstr. 2,45894,Gelsenkirchen,ja\n'
            'Techniktreff Süd,Techniktreff,,,,,,\n')
    f = write(tmp_path, "liste.csv", ("\ufeff" + text).encode())
    result = import_actors(ws, f)
    assert result.created == 2
    names = {r.name: r for r in list_actors(ws)}
    assert names["Caritas, Gelsenkirchen"].key_partner
    assert names["Techniktreff Süd"].category == "Beratung › Techniktreff"


def test_xlsx_written_with_openpyxl_is_imported_with_numbers_as_text(ws, tmp_path):
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Organisation", "Kategorie", "PLZ", "Ort", "Telefon", "Preis", "Schlüsselpartner"])
    sheet.append(["Stadtteilbüro Schaffrath", "Beratung", 45896, "Gelsenkirchen", 2091234567, 12.5, True])
    sheet.append(["Apotheke am Markt", "Apotheke", 1067, "Dresden", None, None, False])
    f = tmp_path / "liste.xlsx"
    wb.save(f)
    result = import_actors(ws, f)
    assert result.created == 2
    by = {r.name: get_actor(ws, r.id) for r in list_actors(ws)}
    assert by["Stadtteilbüro Schaffrath"].postcode == "45896"
    assert by["Stadtteilbüro Schaffrath"].phone == "2091234567"
    assert by["Apotheke am Markt"].postcode == "01067"


def zip_bomb_xlsx(path: Path) -> Path:
    """A zip that looks like an XLSX and declares 60 MB of XML from a few hundred kilobytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<a>" + "A" * (60 * 1024 * 1024) + "</a>")
    path.write_bytes(buf.getvalue())
    return path


def truncated_xlsx(tmp_path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["Name", "Ort"])
    wb.active.append(["Caritas", "Buer"])
    good = tmp_path / "gut.xlsx"
    wb.save(good)
    data = good.read_bytes()
    return write(tmp_path, "abgeschnitten.xlsx", data[: len(data) // 2])


@pytest.mark.parametrize(("maker", "message"), [
    (lambda tp: truncated_xlsx(tp), "beschädigt oder unvollständig"),
    (lambda tp: write(tp, "spalten.csv", b"Vorname;Lieblingsfarbe\nAnna;blau\n"), "Unbekannte Spalten"),
    (lambda tp: write(tp, "ohne_name.csv", b"Telefon;Ort\n0209;Buer\n"), "Keine Spalte für den Namen"),
    (lambda tp: write(tp, "junk.csv", bytes(range(256)) * 20), "Binärdaten"),
    (lambda tp: write(tp, "leer.csv", b""), "leer"),
    (lambda tp: write(tp, "nur_kopf.csv", b"Name;Ort\n"), "nur die Kopfzeile"),
    (lambda tp: zip_bomb_xlsx(tp / "bombe.xlsx"), "Sicherheitsgründen"),
    (lambda tp: write(tp, "kaputt.csv", b'Name;Ort\n"Caritas;Buer\n'), "abgeschnitten"),
], ids=["truncated-xlsx", "wrong-columns", "no-name-column", "binary-junk", "empty", "header-only", "zip-bomb",
        "open-quote"])
def test_broken_files_give_a_clear_german_error_and_change_nothing(ws, tmp_path, maker, message):
    f = maker(tmp_path)
    before = table_snapshot(ws.path)
    with pytest.raises(OperationRefused, match=message):
        import_actors(ws, f)
    assert table_snapshot(ws.path) == before


def test_one_bad_row_blocks_everything_unless_skipped(ws, tmp_path):
    f = write(tmp_path, "fehler.csv", b"Name;PLZ;E-Mail\nA;45894;a@x.de\nB;12;b@x.de\nC;45896;kaputt\n")
    result = import_actors(ws, f)
    assert result.blocked and not result.applied
    assert [(r.row_number, r.reasons[0]) for r in result.plan.errors] == [
        (3, "Die PLZ »12« hat nicht fünf Ziffern."), (4, "Die E-Mail-Adresse »kaputt« ist ungültig.")]
    assert count_rows(ws.path, "actors") == 0
    result = import_actors(ws, f, skip_errors=True)
    assert result.applied and result.created == 1 and [n for n, _ in result.skipped] == [3, 4]
    assert [r.name for r in list_actors(ws)] == ["A"]


def test_duplicates_are_merged_filling_only_empty_fields(ws, tmp_path):
    first = write(tmp_path, "a.csv", "Name;Straße;PLZ;Telefon;E-Mail\nAWO Buer;Hauptstr. 5;45894;0209 1;\n".encode())
    import_actors(ws, first)
    second = write(tmp_path, "b.csv", (
        "Name;Straße;PLZ;Telefon;E-Mail\n"
        "awo  buer;Hauptstraße 5;45894;0209 999;info@awo.example\n"
        "Kiosk;Weg 1;45894;;\n"
        "KIOSK;Weg 1;45894;0209 7;\n").encode())
    result = import_actors(ws, second, duplicates="merge")
    assert result.created == 1 and result.merged == 2
    actors = {r.name: get_actor(ws, r.id) for r in list_actors(ws)}
    assert set(actors) == {"AWO Buer", "Kiosk"}
    assert actors["AWO Buer"].phone == "0209 1"  # not overwritten
    assert actors["AWO Buer"].email == "info@awo.example"  # filled
    assert actors["Kiosk"].phone == "0209 7"  # filled from the later row of the same file


def test_duplicates_are_skipped_by_choice_with_reasons(ws, tmp_path):
    import_actors(ws, write(tmp_path, "a.csv", b"Name;PLZ\nAWO;45894\n"))
    result = import_actors(ws, write(tmp_path, "b.csv", b"Name;PLZ;Telefon\nAWO;45894;1\nNeu;45894;\nneu;45894;2\n"),
                           duplicates="skip")
    assert result.created == 1 and result.merged == 0
    assert [(n, r.split(" (")[0]) for n, r in result.skipped] == [(2, "Gibt es schon im Bestand"),
                                                                   (4, "Doppelt in der Datei")]
    assert get_actor(ws, next(r.id for r in list_actors(ws) if r.name == "AWO")).phone == ""


def test_dry_run_reports_but_changes_nothing(ws, tmp_path):
    f = write(tmp_path, "bestand.csv", GERMAN_EXCEL_CSV.encode("cp1252"))
    before = table_snapshot(ws.path)
    result = import_actors(ws, f, dry_run=True)
    assert result.created == 3 and not result.applied
    assert table_snapshot(ws.path) == before


def test_unknown_headers_are_named_and_a_mapping_resolves_them(ws, tmp_path):
    f = write(tmp_path, "x.csv", "Name;Träger-Nr;Kreis\nA;17;Buer\n".encode())
    with pytest.raises(UnmappedHeaders) as exc:
        preview_import(ws, f)
    assert exc.value.headers == ("Träger-Nr", "Kreis")
    plan = preview_import(ws, f, overrides={"Träger-Nr": "ignorieren", "Kreis": "Ort"})
    assert plan.rows[0].values["city"] == "Buer"


def test_unknown_category_becomes_a_new_top_level_category(ws, tmp_path):
    f = write(tmp_path, "x.csv", b"Name;Kategorie\nA;Digitales\nB;digitales\n")
    result = import_actors(ws, f)
    assert result.plan.new_categories == ["Digitales"]
    assert {r.category for r in list_actors(ws)} == {"Digitales"}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_cli_prints_rows_read_imported_and_skipped_with_reasons(tmp_path):
    from app.store.workspace_file import WorkspaceFile

    path = tmp_path / "q.werkstatt"
    WorkspaceFile.create(path).close()
    f = write(tmp_path, "l.csv", "Name;PLZ;Kürzel\nA;45894;x\nB;1;y\nA;45894;z\n".encode("cp1252"))
    refused = cli("import-actors", str(path), str(f))
    assert refused.returncode == 1 and "»Kürzel«" in refused.stderr and "Nichts wurde importiert" in refused.stderr
    blocked = cli("import-actors", str(path), str(f), "--map", "Kürzel=ignorieren")
    assert blocked.returncode == 1
    assert "Zeile 3: Die PLZ »1« hat nicht fünf Ziffern." in blocked.stdout
    dry = cli("import-actors", str(path), str(f), "--map", "Kürzel=ignorieren", "--skip-errors", "--dry-run")
    assert dry.returncode == 0 and "Probelauf: nichts wurde geändert." in dry.stdout
    assert count_rows(path, "actors") == 0
    done = cli("import-actors", str(path), str(f), "--map", "Kürzel=ignorieren", "--skip-errors",
               "--duplicates", "skip")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Gelesen: 3 Zeilen"
    assert lines[1] == "Importiert: 1 (neu: 1, zusammengeführt: 0)"
    assert lines[2] == "Übersprungen: 2"
    assert lines[3].startswith("  Zeile 3: Die PLZ")
    assert lines[4].startswith("  Zeile 4: Doppelt in der Datei")
    assert count_rows(path, "actors") == 1


def test_a_row_without_street_merges_into_the_actor_with_the_same_name_and_postcode(ws, tmp_path):
    import_actors(ws, write(tmp_path, "a.csv", "Name;Straße;PLZ\nCaritas Buer;Kirchstr. 2;45894\n".encode()))
    result = import_actors(ws, write(tmp_path, "b.csv", b"Name;PLZ;Telefon\nCaritas Buer;45894;0209 5\n"))
    assert (result.created, result.merged) == (0, 1)
    (row,) = list_actors(ws)
    assert row.phone == "0209 5"
