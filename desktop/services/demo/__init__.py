"""A realistic, deterministic demo bureau: reference data, staff, applicants, cases."""

# The default demo (`--demo`, `approval-desk demo`): about a year of a busy hall's intake.
DEMO_CASES = 3000
