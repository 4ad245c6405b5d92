"""Tests of desktop/ui/admin."""
