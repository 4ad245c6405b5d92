"""A throwaway SoftHSM2 token for tests: its own config and token folder, initialised with
`softhsm2-util` (Debian's `softhsm2` package), as a seal custodian's USB key would be."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
PIN = "246810"
SO_PIN = "13579135"


class SoftHsmUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class SoftToken:
    module: str
    label: str
    pin: str
    config: Path


def softhsm_module() -> str:
    for module in MODULES:
        if Path(module).exists():
            return module
    raise SoftHsmUnavailable("SoftHSM2 is not installed (apt-get install softhsm2)")


def make_token(folder: Path, label: str = "approval-desk-test") -> SoftToken:
    """A fresh token in `folder`; SOFTHSM2_CONF points at its config for this process (and
    the worker processes it starts): SoftHSM2 reads it once, when the module is loaded."""
    module = softhsm_module()
    util = shutil.which("softhsm2-util")
    if util is None:
        raise SoftHsmUnavailable("softhsm2-util is not installed (apt-get install softhsm2)")
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(config)
    subprocess.run(
        [util, "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": str(config)},
    )
    return SoftToken(module, label, PIN, config)
