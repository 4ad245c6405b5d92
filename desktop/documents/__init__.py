"""PDF documents: layouts, seal, QR codes, signing and verifying. No Qt, no session."""
