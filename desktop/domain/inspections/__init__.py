"""Inspection rules without a database: the pool snapshot, eligibility and recusal, team and
slot choice, workload, and the seeded random draw with its backups and replacements."""
