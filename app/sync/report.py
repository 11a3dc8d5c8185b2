"""German text for what a merge or sync did (CLI output; the dialog can reuse the same lines)."""

from __future__ import annotations

from .merge import MergeSummary

TABLE_LABELS = {
    "workspace": "Werkstatt", "subject_categories": "Themenbereiche", "actors": "Akteure", "services": "Angebote",
    "networks": "Netzwerke", "network_memberships": "Netzwerk-Mitgliedschaften",
    "outreach_contacts": "Ansprache-Kontakte", "cost_benefit_items": "Kosten/Nutzen-Einträge",
    "cooperation_links": "Kooperationen", "sessions": "Sitzungen", "agenda_phases": "Ablaufphasen",
    "session_items": "Beschlüsse und Aufgaben", "session_photos": "Fotos", "participants": "Teilnehmende",
    "attendances": "Anwesenheiten", "consent_events": "Einwilligungen", "erasure_records": "Löschvermerke",
    "canvas_templates": "Vorlagen", "template_blocks": "Vorlagenfelder", "canvases": "Canvases",
    "clusters": "Gruppen", "cards": "Karten", "card_actor_links": "Karten-Akteur-Verknüpfungen",
    "vote_rounds": "Abstimmungsrunden", "votes": "Stimmen", "comments": "Kommentare",
    "financing_sources": "Finanzierungsquellen", "financing_models": "Finanzierungsmodelle",
    "revenue_lines": "Einnahmen", "cost_lines": "Kosten", "evaluation_criteria": "Bewertungskriterien",
    "measurements": "Messwerte", "conflict_records": "Konfliktvermerke",
}


def summary_lines(summary: MergeSummary, heading: str | None = None) -> list[str]:
    lines = [heading or f"Quelle {summary.source}: {summary.new_rows} neue, {summary.changed_rows} geänderte "
             f"Einträge, {summary.conflicts} Konflikte"]
    for table, tally in summary.tables.items():
        if table == "conflict_records" or not (tally.new or tally.changed or tally.conflicts):
            continue
        lines.append(f"  {TABLE_LABELS.get(table, table)}: {tally.new} neu, {tally.changed} geändert, "
                     f"{tally.conflicts} Konflikte")
    if summary.deleted_but_edited:
        lines.append(f"  Gelöscht, aber danach anderswo bearbeitet: {summary.deleted_but_edited} (bitte unter "
                     "»Konflikte« wiederherstellen oder gelöscht lassen)")
    if summary.erased_blanked:
        lines.append(f"  Einträge zu gelöschten Personen geschwärzt: {summary.erased_blanked}")
    if not summary.changed_anything:
        lines.append("  (nichts Neues)")
    return lines
