"""One case's workbench: its details, the action dialogs, the documents panel, the on-site
record panel and the urge banner."""
