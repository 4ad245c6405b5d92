"""One case's workbench: its details, the action dialogs, the documents panel and the urge
banner."""
