"""`python -m hopthu.cli`: the same as the `hopthu` command."""

from hopthu.cli import entry

entry()
