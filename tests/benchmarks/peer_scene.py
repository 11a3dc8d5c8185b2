"""The sticky-note scene of the Excalidraw comparison, rebuilt as a workspace of ours.

Same numbers of notes, same note size (200×120), the same eight German phrases with `` #i`` appended, the same
grid (``cols = ceil(sqrt(N))``, pitch 220×140, origin (20, 20)) and the same 1280×800 view at zoom 1 showing the
top-left corner of the grid. The board is one block ("Pinnwand") exactly as large as the grid, so "fit to screen"
shows the notes and nothing else.
"""

from __future__ import annotations

import math
from pathlib import Path

from app.domain.templates import BlockDef, TemplateDef

PHRASES = (
    "Größere Änderungen prüfen und Übergabe fürs Büro planen",
    "Müller schlägt vor, die Straßenführung über Köln zu ändern",
    "Äpfel, Birnen und Pfirsiche für das Frühstück besorgen",
    "Überprüfung der Geschäftsräume nächste Woche fällig!",
    "Schlüssel für die Bücherei am Öffnungstag früh abholen",
    "Grüße an Jürgen: Präsentation über Maßnahmen ist fertig",
    "Fußgängerzone: Gebühren für Stellplätze bald erhöhen?",
    "Bäckerei fragt nach Lieferung für Donnerstag früh um acht",
)
NOTE_W, NOTE_H = 200.0, 120.0
PITCH_X, PITCH_Y = 220.0, 140.0
ORIGIN = 20.0
NOTE_COLOR = "#ffec99"
VIEW_W, VIEW_H = 1280, 800
BLOCK_KEY = "pinnwand"
BATCH = 1000


def note_text(i: int) -> str:
    return f"{PHRASES[i % len(PHRASES)]} #{i}"


def grid_cols(n: int) -> int:
    return max(1, math.ceil(math.sqrt(n)))


def note_position(i: int, n: int) -> tuple[float, float]:
    cols = grid_cols(n)
    return ORIGIN + (i % cols) * PITCH_X, ORIGIN + (i // cols) * PITCH_Y


def board_size(n: int) -> tuple[float, float]:
    cols = grid_cols(n)
    rows = max(1, math.ceil(n / cols))
    return cols * PITCH_X + ORIGIN, rows * PITCH_Y + ORIGIN


def pinboard_template(n: int) -> TemplateDef:
    w, h = board_size(n)
    return TemplateDef(key=f"pinnwand_{n}", name=f"Pinnwand für {n} Notizen", description="Vergleichsszene",
                       width=w, height=h,
                       blocks=(BlockDef(key=BLOCK_KEY, title="Pinnwand", question="Notizen im Raster",
                                        x=0.0, y=0.0, w=w, h=h, color="#ffffff"),))


def create_peer_workspace(path: Path, n: int) -> str:
    """Write a workspace at ``path`` holding one canvas with ``n`` notes; returns the canvas id.

    The cards go in through the same operation the board uses (``add_cards``), in batches.
    """
    from app.operations import canvas_ops as ops
    from app.operations.canvas_data import NewCard
    from app.operations.template_ops import save_custom_template
    from app.store.workspace_file import WorkspaceFile

    ws = WorkspaceFile.create(path, quartier="Schaffrath")
    try:
        template_id = save_custom_template(ws, pinboard_template(n))
        canvas_id = ops.create_canvas(ws, template_id, f"Pinnwand mit {n} Notizen").id
        specs = [NewCard(block_key=BLOCK_KEY, text=note_text(i), x=x, y=y, w=NOTE_W, h=NOTE_H, color=NOTE_COLOR)
                 for i, (x, y) in ((i, note_position(i, n)) for i in range(n))]
        for start in range(0, n, BATCH):
            ops.add_cards(ws, canvas_id, specs[start:start + BATCH])
    finally:
        ws.close()
    return canvas_id
