"""Charts (shared with the window) and PDF/PNG/SVG/Excel output."""
