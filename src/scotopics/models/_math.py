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
