"""The supervision window: dashboard and charts, breakdowns, follow-ups, tickets and notices."""
