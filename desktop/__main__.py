"""`python -m desktop`: same as the `approval-desk` command."""

from desktop.cli import main

raise SystemExit(main())
