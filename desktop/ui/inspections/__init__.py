"""The coordinator's window: draws and their explanation, team changes, the week calendar."""
