"""The ``scotopics`` command line (also ``python -m scotopics``).

Inputs are files, folders (``*.txt``, ``*.md``, ``*.html``, ``*.htm`` and
``*.jsonl``, recursive), JSON Lines files (one record per line;
``--text-field``, ids passed through with ``--id-field``) and stdin (``-``).
Results go to stdout as JSON lines (the default), CSV or a readable table;
logs and progress go to stderr. Exit codes: 0 all fine, 1 some inputs failed
(each reported on one line), 2 usage error (one line). No traceback is
printed unless ``-v -v`` is given.

The library (numpy, scikit-learn, the model) is imported only when a command
needs it, so that ``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import codecs
import logging
import os
import sys
from pathlib import Path

from . import arguments

__all__ = ["main"]

logger = logging.getLogger("scotopics.cli")


def main(argv: list[str] | None = None) -> int:
    parser = arguments.parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="%(levelname)s %(name)s: %(message)s")
    problem = _usage_problem(args)
    if problem:
        return arguments.usage_error(problem)
    try:
        return _run(args)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("scotopics: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback unless asked for
        from ..exceptions import ScotopicsError

        if args.verbose >= 2:
            logger.exception("details")
        if isinstance(exc, (ScotopicsError, OSError)):
            print(f"scotopics: {exc}", file=sys.stderr)
        else:
            print(f"scotopics: unexpected {type(exc).__name__}: {exc} (run with -vv for details)", file=sys.stderr)
        return 1


def _usage_problem(args: argparse.Namespace) -> str | None:
    """A usage error the parser cannot see by itself, or None."""
    if args.command in ("train", "evaluate", "themes"):
        return None
    if not args.paths and not args.example:
        return f"{args.command}: give files, folders, - for stdin, or --example"
    if args.example and args.paths:
        return f"{args.command}: give either --example or paths, not both"
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            return f"unknown encoding {args.encoding!r}"
    if args.command == "corpus" and args.plot and args.by != "month":
        return "--plot needs --by month"
    if args.command == "summarize" and args.by_theme and (args.themes or args.words):
        return "--by-theme takes no --themes or --words"
    return None


def _themes(args: argparse.Namespace) -> int:
    """``scotopics themes``: the taxonomy, read from the model file's metadata (no scikit-learn)."""
    from importlib import resources

    from ..exceptions import ScotopicsError
    from ..io.persist import read_metadata

    path = args.model or Path(str(resources.files("scotopics") / "data" / "default_model.npz"))
    try:
        taxonomy = read_metadata(path).get("taxonomy") or []
        rows = [(str(theme["id"]), str(theme["name"])) for theme in taxonomy]
    except ScotopicsError as exc:
        return arguments.usage_error(str(exc))
    except (KeyError, TypeError) as exc:
        return arguments.usage_error(f"{path}: model file is inconsistent ({type(exc).__name__}: {exc})")
    for theme_id, name in rows:
        print(f"{theme_id}\t{name}")
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "themes":
        return _themes(args)
    from ..api import load
    from ..exceptions import ScotopicsError

    if args.command in ("train", "evaluate"):
        from .commands import train_or_evaluate

        return train_or_evaluate(args)
    try:
        model = load(args.model)
    except ScotopicsError as exc:
        return arguments.usage_error(str(exc))
    unknown = sorted(set(args.themes or ()) - set(model.themes))
    if unknown:
        return arguments.usage_error(f"unknown themes {', '.join(unknown)}; the model knows {', '.join(model.themes)}")
    from .commands import run_corpus, run_documents, run_report

    try:
        if args.command == "corpus":
            return run_corpus(model, args)
        if args.command == "report":
            return run_report(model, args)
        return run_documents(model, args)
    except ImportError as exc:
        print(f"scotopics: {exc}", file=sys.stderr)
        return 2
