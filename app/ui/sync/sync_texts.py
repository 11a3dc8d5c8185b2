"""German texts for what a sync did and for the conflict list: values, who and when."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.formatting import format_date_de
from app.domain.hlc import Stamp

_FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("SyncTexts", "Text"),
    "title": QT_TRANSLATE_NOOP("SyncTexts", "Titel"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "x": QT_TRANSLATE_NOOP("SyncTexts", "Position (waagerecht)"),
    "y": QT_TRANSLATE_NOOP("SyncTexts", "Position (senkrecht)"),
    "w": QT_TRANSLATE_NOOP("SyncTexts", "Breite"),
    "h": QT_TRANSLATE_NOOP("SyncTexts", "Höhe"),
    "color": QT_TRANSLATE_NOOP("SyncTexts", "Farbe"),
    "deleted": QT_TRANSLATE_NOOP("SyncTexts", "Gelöscht"),
    "block_key": QT_TRANSLATE_NOOP("SyncTexts", "Feld"),
    "cluster_id": QT_TRANSLATE_NOOP("SyncTexts", "Gruppe"),
    "display_name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "contact": QT_TRANSLATE_NOOP("SyncTexts", "Kontakt"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notizen"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "amount_cents": QT_TRANSLATE_NOOP("SyncTexts", "Betrag"),
    "private": QT_TRANSLATE_NOOP("SyncTexts", "Verdeckt"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncTexts", text)


def field_label(field: str) -> str:
    label = _FIELD_LABELS.get(field)
    return tr(label) if label else field


def value_text(encoded: str) -> str:
    """A stored value (JSON text) as a person reads it."""
    try:
        value = json.loads(encoded)
    except (TypeError, ValueError):
        return encoded
    if value is None or value == "":
        return tr("(leer)")
    if value is True:
        return tr("ja")
    if value is False:
        return tr("nein")
    return str(value)


def when_text(stamp: str) -> str:
    """The wall time inside a clock stamp, in German: ``26.11.2026, 10:42 Uhr``."""
    try:
        moment = datetime.fromtimestamp(Stamp.decode(stamp.rstrip("~")).wall_ms / 1000)
    except (ValueError, OverflowError, OSError):
        return ""
    return tr("{day}, {time} Uhr").format(day=format_date_de(moment.date()), time=moment.strftime("%H:%M"))


def device_text(device: str, own_device: str) -> str:
    if not device:
        return ""
    if device == own_device:
        return tr("dieses Gerät")
    return tr("Gerät {short}").format(short=device[:8])


def tally_text(new: int, changed: int, conflicts: int) -> str:
    return tr("{new} neu, {changed} geändert, {conflicts} Konflikte").format(
        new=new, changed=changed, conflicts=conflicts)


def summary_counts(summary: object) -> tuple[int, int, int]:
    """(new, changed, conflicts) of a merge as a person counts them: the conflict notes the merge keeps for
    review are not "new entries"."""
    tables = getattr(summary, "tables", {})
    new = sum(t.new for name, t in tables.items() if name != "conflict_records")
    changed = sum(t.changed for name, t in tables.items() if name != "conflict_records")
    return new, changed, sum(t.conflicts for t in tables.values())


_LATER_LABELS = {
    "comments": QT_TRANSLATE_NOOP("SyncTexts", "Kommentar"),
    "cards": QT_TRANSLATE_NOOP("SyncTexts", "Karte"),
    "votes": QT_TRANSLATE_NOOP("SyncTexts", "Stimme"),
}


def later_edits_text(later: Iterable[object]) -> str:
    """What was edited or added after a delete, one line each: ``Text: Fahrdienst`` or ``Kommentar: zu teuer``."""
    lines = []
    for edit in later:
        field = getattr(edit, "field", "")
        value = str(getattr(edit, "value", ""))
        if field:
            label = field_label(field)
        else:
            table = str(getattr(edit, "table", ""))
            label = tr(_LATER_LABELS[table]) if table in _LATER_LABELS else tr("Eintrag ({table})").format(table=table)
        short = value if len(value) <= 60 else value[:57] + "…"
        lines.append(f"{label}: {short}" if short else label)
    return "\n".join(lines)
