"""Sealed documents: numbering, the data a document is made from, issuing one or a batch,
the print queue, signing keys, and the QR guides of the catalogue's items."""
