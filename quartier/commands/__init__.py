"""Command groups beside the core ones, each in a module of its own."""
