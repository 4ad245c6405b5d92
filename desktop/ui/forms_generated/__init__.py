"""Modules generated from forms/*.ui: do not edit."""
