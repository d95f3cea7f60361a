"""whosaid on Discord: app commands, a context menu and mentions over the quote index."""
