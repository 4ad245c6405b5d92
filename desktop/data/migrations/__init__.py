"""Alembic's environment (env.py), its script template and the migrations it runs."""
