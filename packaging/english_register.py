"""English for the document register's rule: a case whose status does not allow the type."""

REGISTER_ENGLISH: dict[str | tuple[str, str], str] = {
    "办件 {number} 处于“{status}”，不能制发“{title}”": (
        "Case {number} is “{status}”: no “{title}” can be issued for it now"
    ),
}
