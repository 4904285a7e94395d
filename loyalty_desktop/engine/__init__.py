"""The loyalty engine: pure pandas/numpy/scipy. Never imports Qt or any other layer of ours."""
