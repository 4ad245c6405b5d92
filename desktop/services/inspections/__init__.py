"""Site inspections (现场踏勘): the inspector pool, leave and recusal ties, auditable random draws
and their replay, teams, replacements and changes, and the coordinator's board."""
