"""Tests of desktop/ui/supervision."""
