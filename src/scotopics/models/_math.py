"""Small numeric helpers shared by the models."""

from __future__ import annotations

import numpy as np

#: Logits are clipped to this magnitude before the exponential, so that no overflow warning is raised.
LOGIT_CLIP = 50.0


def sigmoid(values: np.ndarray | float) -> np.ndarray:
    """The logistic function, element-wise, without overflow."""
    return 1.0 / (1.0 + np.exp(-np.clip(values, -LOGIT_CLIP, LOGIT_CLIP)))


def column_major(coef: np.ndarray) -> np.ndarray:
    """``coef`` (labels × features) stored column by column, so that ``coef.T`` is C-contiguous.

    ``features @ coef.T`` with a sparse ``features`` needs a C-contiguous right-hand side;
    a row-major ``coef`` would be copied whole on every call, which costs more than the
    product itself on the few rows of one document.
    """
    return np.asfortranarray(coef)


def strongest_terms(features, coef: np.ndarray) -> np.ndarray:
    """Per row and label, the largest weight ``coef`` (labels × terms) gives a term the row contains; 0 when
    no term of the row weighs for the label.

    A linear score sums every term: in a long paragraph that lists several sectors ("security, trade, energy
    and education") each sector's word is outweighed by the rest. Its own weight stands out here, whatever
    the paragraph's length.
    """
    rows = features.tocsr()
    strongest = np.zeros((rows.shape[0], coef.shape[0]))
    filled = np.diff(rows.indptr) > 0
    if rows.nnz:
        weights = np.take(coef.T, rows.indices, axis=0)
        strongest[filled] = np.maximum.reduceat(weights, rows.indptr[:-1][filled], axis=0)
    return np.maximum(strongest, 0.0, out=strongest)
