"""Use cases, one function per user action: permissions, transactions and audit. No Qt."""
