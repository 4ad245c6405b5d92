"""Tests of desktop/services/admin."""
