"""The editor's workflow: ``serve`` (preview with live reload), ``new`` and ``init``, build progress."""
