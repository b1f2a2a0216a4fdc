"""``python -m bulletin`` runs the command-line interface."""

from .cli import main

main()
