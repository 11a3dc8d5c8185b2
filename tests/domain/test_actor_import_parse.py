"""Parsing German inventory lists: encodings, separators, headers, values and per-row reasons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.actor_import_headers import IGNORE, HeaderError, map_headers, normalise_header
from app.domain.actor_import_parse import (
    ImportFileError,
    decode,
    duplicate_key,
    parse_decimal_de,
    parse_postcode,
    parse_rows,
    same_actor,
    split_rows,
)


def test_cp1252_bytes_are_read_as_windows_1252_and_utf8_as_utf8():
    assert decode("Straße;Öffnung".encode("cp1252")) == "Straße;Öffnung"
    assert decode("\ufeffStraße".encode()) == "Straße"
    assert decode("Straße".encode()) == "Straße"


@pytest.mark.parametrize("data", [b"", b"  \n ", b"\x00\x01\x02\x03PK garbage \x00\x00"])
def test_empty_or_binary_bytes_are_refused_in_german(data):
    with pytest.raises(ImportFileError) as exc:
        decode(data)
    assert "Datei" in str(exc.value)


def test_separator_is_taken_from_the_header_line():
    assert split_rows("Name;Ort\nA, B;X\n") == [["Name", "Ort"], ["A, B", "X"]]
    assert split_rows('Name,Ort\n"A; B",X\n') == [["Name", "Ort"], ["A; B", "X"]]
    assert split_rows("sep=,\nName,Ort\nA,B\n") == [["Name", "Ort"], ["A", "B"]]


def test_unterminated_quote_is_a_clear_error():
    with pytest.raises(ImportFileError, match="abgeschnitten"):
        split_rows('Name;Ort\n"Caritas;Buer\n')


def test_headers_match_ignoring_case_umlauts_spaces_and_punctuation():
    m = map_headers(["  EINRICHTUNG ", "Ansprechpartner/in", "E-Mail-Adresse", "Straße und Hausnr.", "PLZ",
                     "Ort", "Fachbereich", "Träger", "Schlüssel-Partner", "Bemerkung", "Preis (€)"])
    assert m.fields == ("name", "contact_person", "email", "street", "postcode", "city", "category", "kind",
                        "key_partner", "notes", "price")
    assert m.unknown == ()
    assert normalise_header(" Straße ") == "strasse"


def test_unknown_headers_are_reported_and_overrides_place_them():
    m = map_headers(["Name", "Träger-Nr", "Kreis"])
    assert m.unknown == ("Träger-Nr", "Kreis")
    m2 = map_headers(["Name", "Träger-Nr", "Kreis"], {"Träger-Nr": "ignorieren", "kreis": "Ort"})
    assert m2.fields == ("name", IGNORE, "city") and m2.unknown == ()


def test_two_columns_for_one_field_and_a_missing_name_are_refused():
    with pytest.raises(HeaderError, match="meinen beide"):
        map_headers(["Name", "Einrichtung"])
    with pytest.raises(HeaderError, match="Namen"):
        map_headers(["Telefon", "Ort"])
    with pytest.raises(HeaderError, match="gibt es nicht"):
        map_headers(["Name", "X"], {"X": "Lieblingsfarbe"})


@pytest.mark.parametrize(("text", "cents"), [
    ("18,50", Decimal("18.50")), ("1.234,50", Decimal("1234.50")), ("18.50", Decimal("18.50")),
    ("1.200", Decimal("1200")), ("12,5 €", Decimal("12.5")), ("abc", None), ("", None),
])
def test_decimal_commas_are_read_the_german_way(text, cents):
    assert parse_decimal_de(text) == cents


def test_postcodes_lost_leading_zero_or_decimal_tail_are_repaired():
    assert parse_postcode("45894") == "45894"
    assert parse_postcode("1067") == "01067"
    assert parse_postcode("45894,0") == "45894"
    assert parse_postcode("4589x") is None


def test_each_bad_row_gets_its_spreadsheet_number_and_german_reason():
    m = map_headers(["Name", "E-Mail", "PLZ", "Schlüsselpartner", "Status", "Preis"])
    rows = [
        ["Caritas", "info@caritas.example", "45894", "ja", "kontaktiert", "18,50"],
        ["", "", "", "", "", ""],
        ["", "x@y.de", "", "", "", ""],
        ["AWO", "kein-at", "123", "vielleicht", "verliebt", "viel"],
    ]
    parsed = parse_rows(rows, m)
    assert [p.row_number for p in parsed] == [2, 4, 5]
    assert parsed[0].ok and parsed[0].values["price_cents"] == 1850 and parsed[0].values["key_partner"] is True
    assert parsed[1].errors == ["Der Name fehlt."]
    reasons = " | ".join(parsed[2].errors)
    for part in ("E-Mail-Adresse »kein-at«", "PLZ »123«", "»vielleicht« ist weder ja noch nein",
                 "Status »verliebt«", "Preis »viel«"):
        assert part in reasons


def test_a_row_with_more_values_than_headers_is_an_error():
    m = map_headers(["Name", "Ort"])
    parsed = parse_rows([["A", "B", "C"]], m)
    assert "3 Werte" in parsed[0].errors[0]


def test_same_actor_when_names_agree_and_addresses_do_not_contradict():
    def key(n, s, p):
        return duplicate_key(n, s, p)

    assert same_actor(key("Caritas  Buer", "Hauptstr. 5", "45894"), key("caritas buer", "Hauptstraße 5", "45894"))
    assert same_actor(key("Caritas", "", "45894"), key("Caritas", "Kirchstr. 2", "45894"))
    assert not same_actor(key("Caritas", "Hauptstr. 5", "45894"), key("Caritas", "Hauptstr. 7", "45894"))
    assert not same_actor(key("Caritas", "", "45894"), key("Caritas", "", "45896"))
    assert not same_actor(key("Caritas", "", ""), key("Diakonie", "", ""))


@given(st.decimals(min_value=0, max_value=10**6, places=2))
def test_german_formatted_amounts_read_back_exactly(value):
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert parse_decimal_de(text) == value


def test_overrides_accept_field_keys_labels_and_synonyms():
    from app.domain.actor_import_headers import FIELD_LABELS, resolve_field

    for key, label in FIELD_LABELS.items():
        assert resolve_field(key) == key
        assert resolve_field(label) == key
    assert resolve_field("Einrichtung") == "name"


@pytest.mark.parametrize("price", ["1e999999999", "99999999999999999999999999", "9" * 400, "1.000.001"])
def test_absurd_prices_are_a_row_error_not_a_crash(price):
    """Found by the import fuzzer: such prices overflowed the cent arithmetic (decimal.Overflow) or the column."""
    mapping = map_headers(["Name", "Preis"])
    (row,) = parse_rows([["Teuer", price]], mapping)
    assert "price_cents" not in row.values
    assert any("unrealistisch hoch" in e for e in row.errors)


@given(st.decimals(min_value=0, max_value=1_000_000, places=2))
def test_every_price_up_to_a_million_becomes_exact_cents(value):
    mapping = map_headers(["Name", "Preis"])
    (row,) = parse_rows([["Laden", f"{value:f}".replace(".", ",")]], mapping)
    assert row.errors == [] and row.values["price_cents"] == int(value * 100)


def test_xlsx_whose_directory_claims_an_unknown_zip_version_is_refused_in_german(tmp_path):
    """Found by the XLSX fuzzer: zipfile's NotImplementedError escaped the import."""
    import io
    import struct

    from openpyxl import Workbook

    from app.domain.table_file import read_table

    wb = Workbook()
    wb.active.append(["Name"])
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, at + 6, 84)  # "version needed to extract" 8.4
    path = tmp_path / "liste.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError, match="beschädigt"):
        read_table(path)


# ------------------------------------------------------------------ mixed encodings are refused, naming the line
@pytest.mark.parametrize("foreign_line", [2, 3, 5])
def test_utf8_file_with_one_windows_1252_line_is_refused_naming_that_line(foreign_line):
    lines = ["Name;Ort", "Bäckerei Kötter;Buer", "Fußpflege Öz;Hüllen", "Café Möller;Schalke", "Grün & Co;Erle"]
    data = b"".join((line.encode("cp1252") if n == foreign_line else line.encode()) + b"\r\n"
                    for n, line in enumerate(lines, start=1))
    with pytest.raises(ImportFileError) as info:
        decode(data)
    message = str(info.value)
    assert f"Zeile {foreign_line}." in message and "UTF-8" in message and "Windows-1252" in message


@given(st.lists(st.tuples(st.text(alphabet="abcäöüßÄÖÜé ", min_size=1, max_size=12), st.booleans()),
                min_size=2, max_size=8))
def test_decoding_never_mixes_up_umlauts(rows):
    """Property: whatever is decoded reads back exactly as typed; a file that mixes encodings is refused."""
    data = b"\n".join(text.encode("cp1252" if legacy else "utf-8") for text, legacy in rows)
    kinds = {legacy for text, legacy in rows if not text.isascii()}
    try:
        decoded = decode(data)
    except ImportFileError as exc:
        assert kinds == {True, False} and "gemischt" in str(exc)
        return
    assert len(kinds) <= 1
    assert decoded.split("\n") == [text for text, _ in rows]


def test_a_line_with_a_million_separators_is_refused_before_it_becomes_cells():
    import tracemalloc

    data = b"Name;Ort\n" + b";" * 1_000_000 + b"\n"
    tracemalloc.start()
    with pytest.raises(ImportFileError, match="Spalten"):
        split_rows(decode(data))
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 30 * 2**20
