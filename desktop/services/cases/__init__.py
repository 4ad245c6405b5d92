"""Work on cases: intake and applicants, queues and their rows, claims, review, decisions,
case details and queries, the supervisor's urges (督办), and the window's on-the-spot grant
(窗口现场审批)."""
