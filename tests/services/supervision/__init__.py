"""Tests of desktop/services/supervision."""
