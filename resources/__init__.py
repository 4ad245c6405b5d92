"""Bundled resources (fonts with their licences, icons, translations), installed as
`desktop.resources` so that the package and the PyInstaller bundle find them alike."""
