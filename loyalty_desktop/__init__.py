"""Loyalty Desktop: customer loyalty analytics for small businesses, offline."""
import os

# Multi-threaded OpenBLAS slows the small CLV fits 3–60× whenever the other core is busy
# (measured on a 2-core machine); the app's work is not BLAS-bound, so use one thread.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
