"""Dialogs for canvas templates: the template editor and its board."""
