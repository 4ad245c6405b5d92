"""Work on cases: intake and applicants, queues and their rows, claims, review, decisions,
case details and queries, and the supervisor's urges (督办)."""
