"""The bot's extensions, one feature each."""
