"""Errors raised by the store: each message is one line, fit to print as is."""


class StoreError(Exception):
    """A store that cannot be opened, read or written."""


class StoreBusyError(StoreError):
    """Another build holds the store's build lock."""
