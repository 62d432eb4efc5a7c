"""pandas helpers (optional extra ``scotopics[pandas]``).

:func:`classify_dataframe` adds theme columns for a text column. It takes and
returns a DataFrame, so it also runs per partition on a Dask cluster::

    ddf.map_partitions(classify_dataframe, "text", meta=classify_dataframe(ddf._meta, "text"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import load
from .results import ParagraphResult

if TYPE_CHECKING:
    import pandas

    from .model import ThemeModel

__all__ = ["classify_dataframe"]


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("this helper needs pandas: pip install 'scotopics[pandas]'") from None
    return pandas


def classify_dataframe(
    frame: pandas.DataFrame,
    text_column: str,
    *,
    model: ThemeModel | None = None,
    scores: bool = True,
    prefix: str = "score_",
) -> pandas.DataFrame:
    """A copy of ``frame`` with a ``themes`` column (list of theme ids) and, with ``scores``,
    one ``<prefix><theme>`` probability column per theme. Rows keep their order and index;
    a row whose text is not text (e.g. missing) gets no theme, empty (NaN) scores and an ``error``.
    """
    pandas = _pandas()
    model = model or load()
    out = frame.copy()
    values = [None if _is_missing(v) else v for v in frame[text_column].tolist()]
    results = list(model.iter_classify(values))
    out["themes"] = [list(getattr(r, "themes", ())) for r in results]
    out["error"] = pandas.Series([getattr(r, "message", None) for r in results], index=frame.index, dtype="object")
    if scores:
        for theme in model.themes:
            out[f"{prefix}{theme}"] = [
                float(r.scores.get(theme, 0.0)) if isinstance(r, ParagraphResult) else float("nan") for r in results
            ]
    return out


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
