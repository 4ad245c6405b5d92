"""Tests of desktop/services/documents."""
