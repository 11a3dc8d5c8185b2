"""Turn the bytes of an inventory list into checked actor rows, as the lists really come from German offices.

Excel saves CSV in Windows-1252 with ";" (German locale) or in UTF-8 with a BOM; other tools write UTF-8 with
",". We try UTF-8 strictly (so a cp1252 "ä" cannot be misread) and fall back to Windows-1252. Every row is
checked on its own and keeps its spreadsheet row number, so the preview can say "Zeile 7: PLZ …" and the user
can fix the list or skip the bad rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .actor_import_headers import IGNORE, HeaderMapping
from .translation_marker import QT_TRANSLATE_NOOP

_CTX = "Akteursimport"

OUTREACH_STATUSES = ("identifiziert", "kontaktiert", "interessiert", "teilnehmend", "Partner", "abgesagt")
_TRUE = frozenset({"ja", "j", "x", "yes", "y", "1", "wahr", "true", "✓", "✔"})
_FALSE = frozenset({"nein", "n", "no", "0", "falsch", "false", "-", ""})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


#: more separators than this in one line make no inventory (a stray cell far to the right, or a hostile file)
MAX_FIELDS = 1000
#: a price above this is a typing or file error, and far beyond what cents in a 64-bit column could hold
MAX_PRICE_EUR = Decimal(1_000_000)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class ImportFileError(Exception):
    """The file as a whole cannot be read; ``str(exc)`` is German."""


# ---------------------------------------------------------------------------------------------- bytes → rows
def decode(data: bytes) -> str:
    if not data.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP(_CTX, "Die Datei ist leer."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Die Datei ist keine Text- oder CSV-Datei (sie enthält Binärdaten)."))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            refuse_mixed_encoding(data)
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
        if controls > max(2, len(text) // 100):
            break
        return text
    raise ImportFileError(QT_TRANSLATE_NOOP(
        _CTX, "Die Datei ist keine lesbare Textdatei (weder UTF-8 noch Windows-1252)."))


def refuse_mixed_encoding(data: bytes) -> None:
    """A file that is not UTF-8 as a whole but has UTF-8 lines (a list edited with two programs) cannot be read
    either way without corrupting one kind of line ("BÃ¤ckerei" or "B?ckerei"): refuse it, naming the lines."""
    foreign: list[int] = []
    utf8_lines = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            foreign.append(number)
        else:
            utf8_lines += 1
    if not foreign or not utf8_lines:
        return
    shown = ", ".join(str(n) for n in foreign[:5]) + (" …" if len(foreign) > 5 else "")
    raise ImportFileError(QT_TRANSLATE_NOOP(
        _CTX, "Die Datei ist gemischt kodiert: {utf8} Zeilen mit Umlauten sind UTF-8, diese aber in einer anderen "
              "Kodierung (Windows-1252): Zeile {lines}. So würden Umlaute verfälscht (»BÃ¤ckerei«). Bitte die Datei "
              "einheitlich als »CSV UTF-8« speichern und erneut einlesen."
    ).format(utf8=utf8_lines, lines=shown))


def split_rows(text: str) -> list[list[str]]:
    """CSV text → rows of cells; the separator is ";", "," or tab, whichever the header line uses most."""
    lines = text.splitlines()
    delimiter = None
    if lines and lines[0].strip().casefold().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    if delimiter is None:
        header = next((ln for ln in lines if ln.strip()), "")
        counts = {d: header.count(d) for d in (";", ",", "\t")}
        delimiter = max(counts, key=lambda d: counts[d])
        if counts[delimiter] == 0:
            try:
                delimiter = csv.Sniffer().sniff(text[:4096], delimiters=";,\t").delimiter
            except csv.Error:
                delimiter = ";"
    widest = max((line.count(delimiter) for line in lines), default=0)
    if widest >= MAX_FIELDS:  # judged on the text: a line of a million separators would be a million cells
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Eine Zeile der Datei hat mehr als {n} Spalten; das ist keine Akteursliste.").format(n=MAX_FIELDS))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            _CTX, "Die Datei ist abgeschnitten oder fehlerhaft und kann nicht gelesen werden ({detail})."
        ).format(detail=str(exc))) from exc
    return rows


# ---------------------------------------------------------------------------------------------- values
def parse_bool(text: str) -> bool | None:
    t = text.strip().casefold()
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    return None


def parse_decimal_de(text: str) -> Decimal | None:
    """"1.234,50" / "18,50" / "18.50" / "18,50 €" → Decimal; None when it is no number."""
    t = text.strip().replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "")
    if not t:
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")  # German thousands separator without decimals: "1.200"
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_postcode(text: str) -> str | None:
    """Five digits; Excel turns "01067" into 1067 or "1067,0", which we repair. None when invalid."""
    t = text.strip()
    if not t:
        return ""
    m = re.fullmatch(r"(\d{4,5})(?:[.,]0+)?", t)
    if not m:
        return None
    return m.group(1).zfill(5)


def match_status(text: str) -> str | None:
    t = text.strip().casefold()
    if not t:
        return ""
    for s in OUTREACH_STATUSES:
        if s.casefold() == t:
            return s
    return None


# ---------------------------------------------------------------------------------------------- rows
@dataclass
class ParsedRow:
    row_number: int  # as the spreadsheet shows it (the header is row 1)
    values: dict[str, object] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_rows(rows: Sequence[Sequence[str]], mapping: HeaderMapping, *, first_row_number: int = 2
               ) -> list[ParsedRow]:
    """Check every data row; empty rows are left out, every problem is a German reason on its row."""
    width = len(mapping.fields)
    out: list[ParsedRow] = []
    for offset, cells in enumerate(rows):
        number = first_row_number + offset
        if not any(str(c).strip() for c in cells):
            continue
        row = ParsedRow(number)
        if len(cells) > width and any(str(c).strip() for c in cells[width:]):
            row.errors.append(QT_TRANSLATE_NOOP(
                _CTX, "Die Zeile hat {n} Werte, die Kopfzeile aber nur {w} Spalten."
            ).format(n=len(cells), w=width))
        for col, fld in enumerate(mapping.fields):
            if fld is None or fld == IGNORE:
                continue
            raw = str(cells[col]).strip() if col < len(cells) else ""
            _set_value(row, fld, raw)
        if not row.values.get("name"):
            row.errors.insert(0, QT_TRANSLATE_NOOP(_CTX, "Der Name fehlt."))
        out.append(row)
    return out


def _set_value(row: ParsedRow, fld: str, raw: str) -> None:
    err = row.errors.append
    if fld in ("key_partner", "non_profit", "recognised_45a"):
        b = parse_bool(raw)
        if b is None:
            err(QT_TRANSLATE_NOOP(_CTX, "»{v}« ist weder ja noch nein.").format(v=raw))
        else:
            row.values[fld] = b
    elif fld == "email":
        if raw and not _EMAIL.match(raw):
            err(QT_TRANSLATE_NOOP(_CTX, "Die E-Mail-Adresse »{v}« ist ungültig.").format(v=raw))
        row.values[fld] = raw
    elif fld == "postcode":
        pc = parse_postcode(raw)
        if pc is None:
            err(QT_TRANSLATE_NOOP(_CTX, "Die PLZ »{v}« hat nicht fünf Ziffern.").format(v=raw))
        else:
            row.values[fld] = pc
    elif fld == "postcode_city":
        m = re.fullmatch(r"(\d{4,5})\s+(.+)", raw)
        if raw and not m:
            err(QT_TRANSLATE_NOOP(_CTX, "»{v}« ist nicht »PLZ Ort«.").format(v=raw))
        elif m:
            row.values["postcode"] = m.group(1).zfill(5)
            row.values["city"] = m.group(2).strip()
    elif fld == "outreach_status":
        st = match_status(raw)
        if st is None:
            err(QT_TRANSLATE_NOOP(_CTX, "Der Status »{v}« ist unbekannt (möglich: {all}).").format(
                v=raw, all=", ".join(OUTREACH_STATUSES)))
        elif st:
            row.values[fld] = st
    elif fld == "price":
        if raw:
            value = parse_decimal_de(raw)
            if value is None or value < 0:
                err(QT_TRANSLATE_NOOP(_CTX, "Der Preis »{v}« ist keine Zahl.").format(v=raw))
            elif value > MAX_PRICE_EUR:  # "1e999999999" would overflow the cent arithmetic and the column
                err(QT_TRANSLATE_NOOP(_CTX, "Der Preis »{v}« ist unrealistisch hoch (höchstens 1 Million €).")
                    .format(v=_shorten(raw)))
            else:
                row.values["price_cents"] = int((value * 100).quantize(Decimal("1")))
    elif fld == "phone":
        row.values[fld] = re.sub(r"^(\d+)[.,]0+$", r"\1", raw)  # a number cell that became "2091234,0"
    else:
        row.values[fld] = " ".join(raw.split()) if fld != "notes" else raw


# ---------------------------------------------------------------------------------------------- duplicates
def _norm(text: str) -> str:
    t = text.casefold().translate(_FOLD)
    t = re.sub(r"\bstr\b\.?", "strasse", t)
    t = t.replace("str.", "strasse")
    return re.sub(r"[^0-9a-z]+", "", t)


def duplicate_key(name: str, street: str, postcode: str) -> tuple[str, str, str]:
    """Name, street and postcode folded (case, umlauts, spaces, "Str."/"Straße") for comparison."""
    return _norm(name), _norm(street), postcode.strip()


def same_actor(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Same actor when the names agree and the addresses do not contradict each other.

    Lists often lack the street or the postcode; "Caritas, 45894" and "Caritas, Kirchstr. 2, 45894" are the
    same actor, but "Caritas, Hauptstr. 5" and "Caritas, Hauptstr. 7" are two branches.
    """
    return a[0] == b[0] and all(x == y or not x or not y for x, y in zip(a[1:], b[1:], strict=True))
