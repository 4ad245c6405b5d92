"""The bundle's stand-in for pandas (README, "Packaging").

OR-Tools' CP-SAT module imports pandas at its top for its series helpers (`add_*_series`,
`pd.Index`/`pd.Series` in their signatures), which the program never calls: the draw builds
its model variable by variable. The real pandas is 20 MB of the bundle; this module gives
the names the import needs, and anything that would really use pandas fails loudly.
"""

from __future__ import annotations


class _Missing:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise ImportError("pandas is not part of the Approval Desk bundle")


class Index(_Missing):
    pass


class Series(_Missing):
    pass


class DataFrame(_Missing):
    pass


def __getattr__(name: str) -> object:
    # AttributeError, as the import system and inspect expect of a missing attribute
    raise AttributeError(f"pandas is not part of the Approval Desk bundle (pandas.{name})")
