"""Carbon diagnosis of everyday uses: factor tables kept as data, footprints per household,
usage profiles, the neighbourhood's summary, levers and the second diagnosis."""
