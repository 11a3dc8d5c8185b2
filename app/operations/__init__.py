"""Use cases, one function per user action: open ONE session, apply domain rules, commit, return what changed.

Operations take a :class:`app.store.workspace_file.WorkspaceFile` and plain values, and return plain dataclasses
(never ORM rows), so the GUI never touches lazy loads or expired attributes.
"""
