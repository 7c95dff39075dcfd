"""Errors the warehouse raises to its callers."""

from __future__ import annotations

__all__ = [
    "ExportError",
    "QueryFailed",
    "ReportParameterError",
    "UnknownReport",
    "WarehouseBusy",
    "WarehouseError",
    "WarehouseMissing",
    "WriteRefused",
]


class WarehouseError(Exception):
    """Something about the warehouse file stops the command."""


class WarehouseMissing(WarehouseError):
    """No warehouse at the path given: nothing has been ingested there yet."""


class WarehouseBusy(WarehouseError):
    """Another process held the warehouse for longer than the caller was willing to wait."""


class QueryFailed(WarehouseError):
    """DuckDB rejected the statement (syntax, unknown column, bad types...)."""


class WriteRefused(QueryFailed):
    """The statement would change the warehouse, which the read side never does."""


class ExportError(WarehouseError):
    """The export cannot be done as asked (bad partition column, unwritable folder...)."""


class UnknownReport(WarehouseError):
    """No report of that name; `known` lists the ones there are."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"no report named {name!r}; reports: {', '.join(known)}")
        self.known = known


class ReportParameterError(WarehouseError):
    """A filter the report does not take, or a value of the wrong kind."""
