"""Qt widgets, models, dialogs and workers. Draws engine results; computes no metric."""
