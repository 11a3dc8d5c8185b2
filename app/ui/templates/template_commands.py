"""Undo commands of the template editor: one command per gesture (add, delete, one drag, one finished edit)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from app.ui.templates.template_draft import BlockDraft, TemplateDraft


class AddBlockCommand(QUndoCommand):
    def __init__(self, draft: TemplateDraft, block: BlockDraft, text: str) -> None:
        super().__init__(text)
        self._draft = draft
        self._block = replace(block)

    def redo(self) -> None:
        self._draft.insert_block(self._block)

    def undo(self) -> None:
        self._block, _ = self._draft.remove_block(self._block.uid)


class RemoveBlockCommand(QUndoCommand):
    def __init__(self, draft: TemplateDraft, uid: int, text: str) -> None:
        super().__init__(text)
        self._draft = draft
        self._uid = uid
        self._block: BlockDraft | None = None
        self._index = 0

    def redo(self) -> None:
        self._block, self._index = self._draft.remove_block(self._uid)

    def undo(self) -> None:
        assert self._block is not None
        self._draft.insert_block(self._block, self._index)


class ChangeBlockCommand(QUndoCommand):
    """Any change of one block's fields (geometry after a drag, title, question, colour)."""

    def __init__(self, draft: TemplateDraft, uid: int, after: dict[str, object], text: str) -> None:
        super().__init__(text)
        self._draft = draft
        self._uid = uid
        block = draft.block(uid)
        self._before = {name: getattr(block, name) for name in after}
        self._after = dict(after)

    def redo(self) -> None:
        self._draft.update_block(self._uid, **self._after)

    def undo(self) -> None:
        self._draft.update_block(self._uid, **self._before)


class ChangeTemplateCommand(QUndoCommand):
    """A change of the template's own fields (name, description, board size)."""

    def __init__(self, draft: TemplateDraft, after: dict[str, object], text: str) -> None:
        super().__init__(text)
        self._draft = draft
        self._before = {name: getattr(draft, name) for name in after}
        self._after = dict(after)

    def redo(self) -> None:
        self._draft.update_template(**self._after)

    def undo(self) -> None:
        self._draft.update_template(**self._before)
