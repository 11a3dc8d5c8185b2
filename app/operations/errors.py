"""Refusals of user actions: the message is a complete German sentence shown as it is; nothing was changed."""

from __future__ import annotations


class OperationRefused(Exception):
    pass
