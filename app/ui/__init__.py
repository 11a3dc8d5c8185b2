"""Qt only: main window, canvas (model, scene, items, commands), panels, dialogs, theme."""
