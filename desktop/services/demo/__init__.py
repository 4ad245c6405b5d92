"""A realistic, deterministic demo bureau: reference data, staff, applicants, cases."""
