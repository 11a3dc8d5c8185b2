"""Where the app keeps its per-user settings, log and demo file, and the "recently opened" list.

The one place that knows about WERKSTATT_NO_USER_SETTINGS=1 (set by the tests): then settings and data go to
WERKSTATT_SETTINGS_DIR (or a temporary folder for this process), so tests never touch a real user's settings.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8
#: more are remembered than shown, so a file on an unplugged USB stick comes back when the stick does
_REMEMBERED = 2 * MAX_RECENT
_RECENT_KEY = "recent/files"


@functools.cache
def _process_temp_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="werkstatt-settings-"))


def _isolated_dir() -> Path | None:
    if os.environ.get("WERKSTATT_NO_USER_SETTINGS") != "1":
        return None
    chosen = os.environ.get("WERKSTATT_SETTINGS_DIR")
    return Path(chosen) if chosen else _process_temp_dir()


def app_settings() -> QSettings:
    """The settings store; create a fresh object per use (QSettings objects on one file stay coherent)."""
    isolated = _isolated_dir()
    if isolated is not None:
        isolated.mkdir(parents=True, exist_ok=True)
        return QSettings(str(isolated / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()


def user_data_dir() -> Path:
    """The user's data folder (log file, demo workspace); created on first use."""
    isolated = _isolated_dir()
    if isolated is not None:
        path = isolated / "data"
    else:
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file_path() -> Path:
    return user_data_dir() / "logs" / "werkstatt.log"


def _as_list(value: object) -> list[str]:
    # an ini file gives back a single string for a one-element list, and None for none
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def recent_files() -> list[Path]:
    """Recently opened workspace files that still exist, newest first."""
    stored = _as_list(app_settings().value(_RECENT_KEY))
    return [Path(p) for p in stored if Path(p).is_file()][:MAX_RECENT]


def add_recent_file(path: Path) -> None:
    resolved = str(Path(path).resolve())
    stored = [p for p in _as_list(app_settings().value(_RECENT_KEY)) if p != resolved]
    settings = app_settings()
    settings.setValue(_RECENT_KEY, [resolved, *stored][:_REMEMBERED])
    settings.sync()


#: languages the app speaks, each named in itself (so a lost user finds their own)
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}


def language() -> str:
    chosen = str(app_settings().value("ui/language", "de") or "de")
    return chosen if chosen in LANGUAGES else "de"


def store_language(lang: str) -> str:
    lang = lang if lang in LANGUAGES else "de"
    settings = app_settings()
    settings.setValue("ui/language", lang)
    settings.sync()
    return lang
