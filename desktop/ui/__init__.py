"""The Qt user interface: windows, views, table models, dialogs, background operations."""
