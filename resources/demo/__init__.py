"""The bundled demo business, "Kafé Linnea", generated deterministically from a seed.

``write_demo_files(out_dir)`` in :mod:`.generate` writes the export files a real owner would
have (till CSV, customer register .xlsx, NPS and exit-survey CSVs); the app then imports them
through the same import path a user uses, so the demo also demonstrates import.
"""
