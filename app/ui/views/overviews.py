"""Read-only overview pages of the shell: what a workspace holds, area by area.

Each factory is one line in ``app.ui.navigation``; a later, editable page replaces that line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.operations import listing
from app.ui.views.row_table import Column, RowTableView
from app.ui.workspace_context import WorkspaceContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Overviews", text)


def sessions_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="sessions",
        title=_tr("Sitzungen"),
        hint=_tr("Dienstleisterkonferenzen, Bürgerworkshops und weitere Treffen im Quartier."),
        empty_text=_tr("Es gibt noch keine Sitzungen."),
        columns=[
            Column(_tr("Titel"), lambda r: r.title),
            Column(_tr("Art"), lambda r: r.kind),
            Column(_tr("Datum"), lambda r: r.date),
            Column(_tr("Beginn"), lambda r: r.start_time),
            Column(_tr("Ort"), lambda r: r.place),
            Column(_tr("Stand"), lambda r: r.status),
        ],
        loader=listing.list_sessions,
    )


def canvases_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="canvases",
        title=_tr("Modelle"),
        hint=_tr("Organisations-, Kooperations- und Finanzierungsmodelle als Arbeitsflächen mit Karten."),
        empty_text=_tr("Es gibt noch keine Modelle."),
        columns=[
            Column(_tr("Titel"), lambda r: r.title),
            Column(_tr("Vorlage"), lambda r: r.template),
            Column(_tr("Version"), lambda r: r.version),
            Column(_tr("Stand"), lambda r: r.status),
        ],
        loader=listing.list_canvases,
    )


def actors_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="actors",
        title=_tr("Akteure"),
        hint=_tr("Dienstleister, Verbände, Kommune und Vereine im Quartier und wie weit die Ansprache ist."),
        empty_text=_tr("Es sind noch keine Akteure erfasst."),
        columns=[
            Column(_tr("Name"), lambda r: r.name),
            Column(_tr("Fachbereich"), lambda r: r.category),
            Column(_tr("Art"), lambda r: r.kind),
            Column(_tr("Ansprache"), lambda r: r.outreach_status),
            Column(_tr("Schlüsselpartner"), lambda r: r.key_partner),
        ],
        loader=listing.list_actors,
    )


def cooperation_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="cooperation",
        title=_tr("Kooperation"),
        hint=_tr("Schnittstellen und Kooperationen zwischen jeweils zwei Akteuren."),
        empty_text=_tr("Es sind noch keine Kooperationen erfasst."),
        columns=[
            Column(_tr("Akteur"), lambda r: r.actor_a),
            Column(_tr("mit Akteur"), lambda r: r.actor_b),
            Column(_tr("Art der Verbindung"), lambda r: r.link_type),
            Column(_tr("Stand"), lambda r: r.status),
            Column(_tr("Vereinbarkeit"), lambda r: r.compatibility),
        ],
        loader=listing.list_cooperation_links,
    )


def financing_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="financing",
        title=_tr("Finanzierung"),
        hint=_tr("Finanzierungsmodelle: Einnahmen und Kosten über die Jahre."),
        empty_text=_tr("Es gibt noch keine Finanzierungsmodelle."),
        columns=[
            Column(_tr("Titel"), lambda r: r.title),
            Column(_tr("Zum Modell"), lambda r: r.canvas),
            Column(_tr("Beginn"), lambda r: r.start_date),
            Column(_tr("Laufzeit (Monate)"), lambda r: r.horizon_months),
        ],
        loader=listing.list_financing_models,
    )


def participants_view(context: WorkspaceContext) -> RowTableView:
    return RowTableView(
        context,
        area="participants",
        title=_tr("Teilnehmende"),
        hint=_tr("Gezeigt werden nur Pseudonym und Gruppe – Namen und Kontaktdaten erscheinen hier nicht."),
        empty_text=_tr("Es sind noch keine Teilnehmenden erfasst."),
        columns=[
            Column(_tr("Pseudonym"), lambda r: r.pseudonym or _tr("(ohne Pseudonym)")),
            Column(_tr("Gruppe"), lambda r: r.stakeholder_group),
        ],
        loader=listing.list_participants,
    )
