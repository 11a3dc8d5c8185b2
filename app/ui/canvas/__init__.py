"""The canvas board: model, scene, items, undo commands, and the dialogs around it."""
