"""Lists whose figures are shared out among the items named before them ('A、B、C分别增长…')."""
