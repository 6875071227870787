"""The `quartier` command: the one place that wires every layer together."""
