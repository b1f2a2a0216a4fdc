"""``python -m bulletin`` runs the command-line interface."""

from bulletin.cli import main

main()
