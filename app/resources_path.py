"""Where the shipped resources (templates, translations, icons, fonts, demo data) live.

The same code runs from a source checkout and from a PyInstaller bundle. In the bundle PyInstaller unpacks data
files below ``sys._MEIPASS``; from source the ``resources`` folder sits next to the ``app`` package. Keeping this
in one function means no module guesses paths on its own.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds ``templates/``, ``i18n/``, ``icons/``, ``fonts/`` and ``demo/``."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        return Path(bundle_dir) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource below the resource root, e.g. ``resource_path("templates", "finanzierungsmodell.json")``."""
    return resource_root().joinpath(*parts)
