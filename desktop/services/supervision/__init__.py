"""Supervision (督办与统计): statistics and their month tallies, performance, hotline tickets and
complaints, ratings, result notices to the supervising departments, and their settings."""
