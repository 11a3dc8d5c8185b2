"""Undo commands of the board: one per gesture. Each changes the MODEL (which writes through operations); the
scene follows the model. No command touches an item."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.operations.canvas_data import CardMove, NewCard

from .board_model import BoardModel


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardCommands", text)


class BoardCommand(QUndoCommand):
    """Runs an action; if the workspace refuses it, the model reports the error and the command drops out."""

    def __init__(self, model: BoardModel, label: str) -> None:
        super().__init__(label)
        self.model = model

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:  # the workspace refused: say so, keep the stack consistent
            self.setObsolete(True)
            self.model.error_occurred.emit(str(exc))


class AddCards(BoardCommand):
    """New card(s): typed in, pasted or duplicated. Redo brings back the very same cards (same ids)."""

    def __init__(self, model: BoardModel, specs: Sequence[NewCard], label: str | None = None) -> None:
        super().__init__(model, label or (tr("Karte anlegen") if len(specs) == 1 else tr("Karten einfügen")))
        self.specs = list(specs)
        self.card_ids: list[str] = []

    def redo(self) -> None:
        if self.card_ids:
            self._guard(lambda: self.model.restore_cards(self.card_ids))
        else:
            def run() -> None:
                self.card_ids = [c.id for c in self.model.add_cards(self.specs)]
            self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: self.model.delete_cards(self.card_ids))


def AddCard(model: BoardModel, spec: NewCard) -> AddCards:  # noqa: N802 (reads like the other commands)
    return AddCards(model, [spec], tr("Karte anlegen"))


def Paste(model: BoardModel, specs: Sequence[NewCard]) -> AddCards:  # noqa: N802
    return AddCards(model, specs, tr("Einfügen"))


class UpdateCards(BoardCommand):
    """Field changes on one or many cards, with the old values kept for undo."""

    def __init__(self, model: BoardModel, label: str, new: Mapping[str, Mapping[str, Any]],
                 old: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        super().__init__(model, label)
        self.new = {cid: dict(f) for cid, f in new.items()}
        self.old = {cid: dict(f) for cid, f in old.items()} if old is not None else {
            cid: {name: getattr(model.cards[cid], name) for name in fields} for cid, fields in self.new.items()}

    def _apply(self, values: Mapping[str, Mapping[str, Any]]) -> None:
        for cid, fields in values.items():
            self.model.update_card(cid, **fields)

    def redo(self) -> None:
        self._guard(lambda: self._apply(self.new))

    def undo(self) -> None:
        self._guard(lambda: self._apply(self.old))


def EditCardText(model: BoardModel, card_id: str, old: str, new: str) -> UpdateCards:  # noqa: N802
    return UpdateCards(model, tr("Text ändern"), {card_id: {"text": new}}, {card_id: {"text": old}})


def ResizeCard(model: BoardModel, card_id: str, old: tuple[float, float],  # noqa: N802
               new: tuple[float, float]) -> UpdateCards:
    return UpdateCards(model, tr("Größe ändern"), {card_id: {"w": new[0], "h": new[1]}},
                       {card_id: {"w": old[0], "h": old[1]}})


def SetColor(model: BoardModel, card_ids: Sequence[str], color: str) -> UpdateCards:  # noqa: N802
    return UpdateCards(model, tr("Farbe ändern"), {cid: {"color": color} for cid in card_ids})


def SetAmount(model: BoardModel, card_id: str, cents: int | None, period: str) -> UpdateCards:  # noqa: N802
    return UpdateCards(model, tr("Betrag ändern"),
                       {card_id: {"amount_cents": cents, "amount_period": period if cents is not None else ""}})


class MoveCards(BoardCommand):
    """A drag (of one card or a multi-selection) as one command, created when the mouse is released."""

    def __init__(self, model: BoardModel, old: Sequence[CardMove], new: Sequence[CardMove]) -> None:
        super().__init__(model, tr("Karte verschieben") if len(new) == 1 else tr("Karten verschieben"))
        self.old, self.new = list(old), list(new)

    def redo(self) -> None:
        self._guard(lambda: self.model.move_cards(self.new))

    def undo(self) -> None:
        self._guard(lambda: self.model.move_cards(self.old))


class DeleteCards(BoardCommand):
    def __init__(self, model: BoardModel, card_ids: Sequence[str]) -> None:
        super().__init__(model, tr("Karte löschen") if len(card_ids) == 1 else tr("Karten löschen"))
        self.card_ids = list(card_ids)

    def redo(self) -> None:
        self._guard(lambda: self.model.delete_cards(self.card_ids))

    def undo(self) -> None:
        self._guard(lambda: self.model.restore_cards(self.card_ids))


class RestoreCards(BoardCommand):
    def __init__(self, model: BoardModel, card_ids: Sequence[str]) -> None:
        super().__init__(model, tr("Karten wiederherstellen"))
        self.card_ids = list(card_ids)

    def redo(self) -> None:
        self._guard(lambda: self.model.restore_cards(self.card_ids))

    def undo(self) -> None:
        self._guard(lambda: self.model.delete_cards(self.card_ids))


class ClusterCards(BoardCommand):
    """Group cards under a heading and stack them tidily, as one step."""

    def __init__(self, model: BoardModel, block_key: str, title: str, old: Sequence[CardMove],
                 new: Sequence[CardMove]) -> None:
        super().__init__(model, tr("Gruppe bilden"))
        self.block_key, self.title = block_key, title
        self.old, self.new = list(old), list(new)
        self.previous = {m.card_id: model.cards[m.card_id].cluster_id for m in self.new}
        self.cluster_id: str | None = None

    def redo(self) -> None:
        def run() -> None:
            cluster = self.model.cluster_cards(self.block_key, self.title, self.new, cluster_id=self.cluster_id)
            self.cluster_id = cluster.id
        self._guard(run)

    def undo(self) -> None:
        if self.cluster_id:
            cid = self.cluster_id
            self._guard(lambda: self.model.uncluster_cards(cid, self.previous, self.old))


class RenameCluster(BoardCommand):
    def __init__(self, model: BoardModel, cluster_id: str, title: str) -> None:
        super().__init__(model, tr("Gruppe umbenennen"))
        self.cluster_id, self.new, self.old = cluster_id, title, model.clusters[cluster_id].title

    def redo(self) -> None:
        self._guard(lambda: self.model.rename_cluster(self.cluster_id, self.new))

    def undo(self) -> None:
        self._guard(lambda: self.model.rename_cluster(self.cluster_id, self.old))


class RevealCards(BoardCommand):
    """Turn face-down cards up (all, or one author's). Undo turns exactly those cards down again."""

    def __init__(self, model: BoardModel, author_id: str | None = None) -> None:
        super().__init__(model, tr("Karten aufdecken"))
        self.author_id = author_id
        self.revealed: list[str] = []

    def redo(self) -> None:
        def run() -> None:
            self.revealed = self.model.reveal(self.author_id)
        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: self.model.set_private(self.revealed, True))


class LinkActor(BoardCommand):
    def __init__(self, model: BoardModel, card_id: str, actor_id: str, actor_name: str, *, link: bool = True) -> None:
        super().__init__(model, tr("Akteur verknüpfen") if link else tr("Verknüpfung lösen"))
        self.card_id, self.actor_id, self.actor_name, self.link = card_id, actor_id, actor_name, link

    def _set(self, linked: bool) -> None:
        if linked:
            self.model.link_actor(self.card_id, self.actor_id, self.actor_name)
        else:
            self.model.unlink_actor(self.card_id, self.actor_id)

    def redo(self) -> None:
        self._guard(lambda: self._set(self.link))

    def undo(self) -> None:
        self._guard(lambda: self._set(not self.link))
