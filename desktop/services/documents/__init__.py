"""Sealed documents: numbering, the data a document is made from, issuing one or a batch,
the print queue, the window's on-the-spot sitting (窗口现场审批), signing keys, and the QR
guides of the catalogue's items."""
