"""Plain-Python rules of the approval back office: no Qt, no SQL."""
