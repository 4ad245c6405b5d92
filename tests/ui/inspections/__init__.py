"""Tests of desktop/ui/inspections."""
