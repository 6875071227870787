"""Entry point of the desktop bundle: the same `quartier` command as the installed one."""

from quartier.cli import main

main()
