"""Tests of desktop/services/inspections."""
