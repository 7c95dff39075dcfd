"""Errors the warehouse raises to its callers."""

from __future__ import annotations

__all__ = ["WarehouseBusy", "WarehouseError", "WarehouseMissing"]


class WarehouseError(Exception):
    """Something about the warehouse file stops the command."""


class WarehouseMissing(WarehouseError):
    """No warehouse at the path given: nothing has been ingested there yet."""


class WarehouseBusy(WarehouseError):
    """Another process held the warehouse for longer than the caller was willing to wait."""
