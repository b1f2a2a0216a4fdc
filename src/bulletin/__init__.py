"""bulletin: static report sites for economic bulletins that understand their figures."""

__version__ = "0.1.0"
