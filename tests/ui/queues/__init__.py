"""Tests of desktop/ui/queues."""
