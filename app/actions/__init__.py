"""Transition actions after the diagnosis: the benchmark grid (``grid``) and the
participatory budget's tally (``budget``)."""
