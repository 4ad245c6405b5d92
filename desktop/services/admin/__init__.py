"""Administration and getting a database into service: users, the item catalogue and its
Excel round trip, the holiday calendar, the front desk's hand-over files, first run and start-up."""
