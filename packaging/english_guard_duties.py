"""English for the separation of duties' refusal (the texts of the database's guards are
the services' own, already translated)."""

GUARD_DUTIES_ENGLISH: dict[str | tuple[str, str], str] = {
    "审核和批准须由两人分别办理：您已审核本件，请由其他批准人办理": (
        "Review and approval must be done by two different people: you reviewed this case, "
        "so another approver must take it"
    ),
}
