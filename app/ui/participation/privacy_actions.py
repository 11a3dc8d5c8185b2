"""The two DSGVO actions of the participants page: erase a person (Art. 17) and export what is stored (Art. 15).

Erasing cannot be undone and reaches every copy at the next merge, so the dialog (``erasure_dialog``) says exactly
what goes, what stays, that it cannot be taken back, and where the name still occurs in text; "Abbrechen" is the
default button.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.domain.roles import Action
from app.operations import privacy_ops
from app.operations.errors import OperationRefused
from app.store.disk_errors import user_message
from app.ui import kiosk

from .erasure_dialog import ErasureDialog

if TYPE_CHECKING:
    from app.store.workspace_file import WorkspaceFile


def _tr(text: str) -> str:
    return QCoreApplication.translate("Datenschutz", text)


def erase_with_confirmation(parent: QWidget | None, ws: WorkspaceFile, participant_id: str, label: str,
                            erased_by: str = "") -> bool:
    """Show the erasure dialog (what goes, where the name still occurs), then erase; True when erased."""
    if not kiosk.allows(Action.DELETE_OTHERS_CONTENT):
        return False
    try:
        dialog = ErasureDialog(ws, participant_id, label, parent)
    except OperationRefused as exc:
        QMessageBox.warning(parent, _tr("Person löschen (DSGVO)"), str(exc))
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        privacy_ops.erase_participant(ws, participant_id, erased_by=erased_by)
    except OperationRefused as exc:
        QMessageBox.warning(parent, _tr("Person löschen (DSGVO)"), str(exc))
        return False
    return True


def suggested_export_name(label: str) -> str:
    safe = re.sub(r"[^0-9A-Za-zÄÖÜäöüß_-]+", "-", label).strip("-") or "Person"
    return f"Auskunft-{safe}.json"


def export_with_dialog(parent: QWidget | None, ws: WorkspaceFile, participant_id: str, label: str,
                       start_dir: Path | None = None) -> Path | None:
    """Choose a file, write everything stored about the person as JSON; the written path, or None."""
    if not kiosk.allows(Action.EXPORT):
        return None
    suggestion = (start_dir or ws.path.parent) / suggested_export_name(label)
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Auskunft exportieren (Art. 15)"), str(suggestion),
                                          _tr("JSON-Dateien (*.json)"))
    if not name:
        return None
    target = Path(name) if name.endswith(".json") else Path(name + ".json")
    try:
        return privacy_ops.export_person(ws, participant_id, target)
    except (OperationRefused, OSError) as exc:
        QMessageBox.warning(parent, _tr("Auskunft exportieren (Art. 15)"), user_message(exc))
        return None
