"""The queues in the main window: the paged queue model, the navigation tree, saved filters,
case lists and the handler's urges."""
