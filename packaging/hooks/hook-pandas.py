# The bundle's pandas is packaging/stubs/pandas (see there): this hook replaces PyInstaller's
# own for pandas, which would look for pandas' compiled modules and warn about each.
