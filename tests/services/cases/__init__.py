"""Tests of desktop/services/cases."""
