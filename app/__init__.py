"""QuartiersWerkstatt: business models for neighbourhood care, drafted together offline."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "QuartiersWerkstatt"
ORG_NAME = "QuartiersWerkstatt"
