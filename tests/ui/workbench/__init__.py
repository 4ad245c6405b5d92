"""Tests of desktop/ui/workbench."""
