"""The document kinds: each a frozen dataclass of its data that knows its own wording."""
