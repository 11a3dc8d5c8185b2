"""Shared test set-up: offscreen Qt, service policy under CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKSTATT_NO_USER_SETTINGS", "1")
