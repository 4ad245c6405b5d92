"""Database layer: SQLAlchemy models, engines and sessions, queries, Alembic migrations. No Qt."""
