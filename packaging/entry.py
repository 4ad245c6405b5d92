"""The bundle's entry point: the same `main` as the installed `approval-desk` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
