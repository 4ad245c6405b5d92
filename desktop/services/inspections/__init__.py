"""Site inspections (现场踏勘): the inspector pool, leave and recusal ties, auditable random draws
and their replay, teams, replacements and changes, the coordinator's board, and the on-site
record with its confirmations and its view in the case window."""
