"""The canvas page's work on whole canvases: "Als neue Version sichern", the two comparisons, and the template
editor, whose saved template is then offered first by "Neue Leinwand …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.operations.canvas_versions import VersionError, save_as_new_version
from app.ui.canvas.version_dialog import VersionDialog
from app.ui.templates.template_editor import TemplateEditor

if TYPE_CHECKING:
    from .canvas_page import CanvasPage


class CanvasTools(QObject):
    def __init__(self, page: CanvasPage) -> None:
        super().__init__(page)
        self.page = page
        #: the template saved last in the editor; "Neue Leinwand …" preselects it
        self.preferred_template_id: str | None = None
        self.dialog: VersionDialog | None = None
        self.template_editor: TemplateEditor | None = None

    def save_new_version(self) -> str | None:
        """Copy the open canvas as the next version (in the canvas's session) and continue working on the copy.

        The old version stays as it was; the undo history belongs to it and is not carried over.
        """
        page = self.page
        if page.model is None or page.editor is None:
            return None
        page.editor.commit_edit()
        old_version = page.model.board.version
        try:
            new_id = save_as_new_version(page.ws, page.model.canvas_id)
        except VersionError as exc:
            page.say(str(exc))
            return None
        page.refresh_canvases(select=new_id)
        page.open_canvas(new_id)
        page.say(page.tr("Als Version {0} gesichert. Sie arbeiten jetzt in Version {0}; Version {1} bleibt "
                         "unverändert.").format(old_version + 1, old_version))
        return new_id

    def compare(self, sessions: bool = False) -> VersionDialog | None:
        """"Versionen vergleichen", or with ``sessions`` "Sitzungen vergleichen" (same template, other canvas)."""
        page = self.page
        if page.model is None:
            page.say(page.tr("Bitte zuerst eine Leinwand öffnen."))
            return None
        if page.editor is not None:
            page.editor.commit_edit()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = VersionDialog(page.ws, page.model.canvas_id, page)
        if sessions:
            self.dialog.tabs.setCurrentWidget(self.dialog.sessions)
        self.dialog.open()
        return self.dialog

    def edit_template(self, new: bool = False) -> TemplateEditor:
        """The open canvas's template (a built-in one is saved as an own copy), or with ``new`` an empty one."""
        page = self.page
        template_id = None if new or page.model is None else page.model.board.template_id
        editor = TemplateEditor(page.ws, template_id, page)
        editor.finished.connect(lambda _r: self._template_saved(editor))
        self.template_editor = editor
        editor.open()
        return editor

    def _template_saved(self, editor: TemplateEditor) -> None:
        saved = editor.saved_template_id
        if saved is None:
            return
        self.preferred_template_id = saved
        page = self.page
        if page.model is not None and page.model.board.template_id == saved:
            page.model.reload()  # the open board is drawn on the template just changed
        page.say(page.tr("Vorlage „{0}“ gespeichert. »Neue Leinwand …« bietet sie jetzt an.")
                 .format(editor.draft.name))
