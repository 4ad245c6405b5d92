"""Supervision (督办与统计): statistics and their month tallies, performance, hotline tickets and
complaints, ratings, result notices to the supervising departments, their settings, and the
on-the-spot approvals (现场办结)."""
