"""One Alembic migration per schema change, each naming the revision it follows."""
