"""Tests of desktop/domain/inspections."""
