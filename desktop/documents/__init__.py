"""PDF documents: layouts, seal, QR codes, signing and verifying. No Qt, no session."""

import warnings

# pyHanko imports cryptography's DSA key types, which cryptography 51 deprecates on import.
# No document is signed or verified with DSA here, so the warning would only put a line on
# every command's stderr that a user can do nothing about.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")
