"""Compiled translations (.qm), their .ts sources and the script that regenerates them."""
