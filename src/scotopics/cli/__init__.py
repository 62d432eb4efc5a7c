"""The ``scotopics`` command line (also ``python -m scotopics``).

Inputs are files, folders (``*.txt`` and ``*.md``, recursive), JSON Lines
files (one record per line; ``--text-field``, ids passed through with
``--id-field``) and stdin (``-``). Results go to stdout as JSON lines (the
default), CSV or a readable table; logs and progress go to stderr. Exit codes:
0 all fine, 1 some inputs failed (each reported), 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from ..api import load
from ..exceptions import ScotopicsError
from ..model import ThemeModel
from . import arguments
from .commands import run_corpus, run_documents, run_report, train_or_evaluate

__all__ = ["main"]

logger = logging.getLogger("scotopics.cli")


def main(argv: list[str] | None = None) -> int:
    parser = arguments.parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    if args.command in ("train", "evaluate"):
        try:
            return train_or_evaluate(args)
        except (ScotopicsError, OSError) as exc:
            print(f"scotopics: {exc}", file=sys.stderr)
            return 1
    try:
        model = load(args.model)
    except ScotopicsError as exc:
        print(f"scotopics: {exc}", file=sys.stderr)
        return 2
    if args.command == "themes":
        for theme in model.taxonomy:
            print(f"{theme.id}\t{theme.name}")
        return 0
    if not args.paths and not args.example:
        parser.error(f"{args.command}: give files, folders, - for stdin, or --example")
    if args.n_jobs is not None and args.n_jobs == 0:
        parser.error("--n-jobs must not be 0")
    try:
        return _dispatch(model, args)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _dispatch(model: ThemeModel, args: argparse.Namespace) -> int:
    try:
        if args.command == "corpus":
            return run_corpus(model, args)
        if args.command == "report":
            return run_report(model, args)
        return run_documents(model, args)
    except ImportError as exc:
        print(f"scotopics: {exc}", file=sys.stderr)
        return 2
