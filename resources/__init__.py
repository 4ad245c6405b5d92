"""Bundled resources (fonts with their licences, icons, translations, the demo catalogue),
installed as `desktop.resources` so that the package and the PyInstaller bundle find them alike."""
