"""The admin window and its dialogs: catalogue items, users, the audit trail, supervision limits."""
