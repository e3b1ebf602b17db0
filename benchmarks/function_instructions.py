"""Instructions spent inside one function in a warm pass of the first N shared articles.

The function, as the modules named after it refer to it, runs through ``operator.call``, which
nothing else in khabar calls: callgrind's ``--toggle-collect=_operator_call`` then counts only
what runs inside it, in the second pass (the first, cold, runs unwrapped):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=_operator_call \\
        --callgrind-out-file=/dev/null python benchmarks/function_instructions.py \\
        ../shared/data/news speaker@khabar.extract.quotes 2>&1 | grep Collected

One function a run: a wrapped function called inside another would toggle the count off.
A function called through a name kept elsewhere (a ``partial``, a list) is not wrapped there.
"""

from __future__ import annotations

import argparse
import importlib
import operator
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as benchmarks/instructions.py

sys.path.insert(0, str(Path(__file__).parent))
from instructions import first_texts  # noqa: E402

from khabar.extract import extract  # noqa: E402
from khabar.text import repair  # noqa: E402


def _through_call(function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        return operator.call(function, *args, **kwargs)

    return wrapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder")
    ap.add_argument("target", help="NAME@MODULE[,MODULE...]: the function, where it is looked up")
    ap.add_argument("--articles", type=int, default=100)
    args = ap.parse_args()
    texts = first_texts(args.news, args.articles)
    for text in texts:
        extract(repair(text))
    name, _, modules = args.target.partition("@")
    for module in map(importlib.import_module, modules.split(",")):
        setattr(module, name, _through_call(getattr(module, name)))
    for text in texts:
        extract(repair(text))


if __name__ == "__main__":
    main()
