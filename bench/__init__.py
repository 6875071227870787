"""Benchmarks that print figures. `python -m bench` runs every `bench_*.py`; each module
also runs alone (`python -m bench.bench_store`)."""
