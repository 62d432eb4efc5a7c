"""Key statements: a learned sentence score, centrality and redundancy control.

:class:`KeyStatementScorer` is a logistic model over a sentence's TF-IDF words
and its cues (:mod:`scotopics.cues`), trained on the key-sentence marks of the
corpus; its output is the probability that a sentence carries a position,
assessment, commitment or decision. :func:`select_key_statements` combines
that probability with the sentence's centrality in the document, then picks
sentences one at a time (maximal marginal relevance), penalising repetition
and rewarding themes not covered yet, and returns them in document order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from ..exceptions import NotFittedError
from ._math import sigmoid
from .cues import CUE_NAMES, cue_matrix

__all__ = [
    "DEFAULT_EVENT_THEME",
    "SentenceContext",
    "KeyStatementScorer",
    "select_key_statements",
    "sentence_cues",
    "sentence_contexts",
]

#: The theme of the event itself (who met where): a model setting, this by default.
DEFAULT_EVENT_THEME = "procedural"

#: Weight of the learned key score against centrality in the ranking score.
KEY_WEIGHT = 0.8
#: MMR trade-off between a sentence's score and its similarity to what is already chosen.
MMR_LAMBDA = 0.75
#: Bonus for a sentence that brings a theme the chosen sentences do not cover yet.
COVERAGE_BONUS = 0.1
#: Sentences considered by MMR: the best ``max(MIN_CANDIDATES, CANDIDATES_PER_PICK * n)`` by score.
MIN_CANDIDATES = 60
CANDIDATES_PER_PICK = 4
#: Above this many candidates (n > 500) the top-n sentences by score are returned without MMR.
MAX_CANDIDATES = 2000


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """A sentence with what the scorer needs to know about where it stands."""

    text: str
    paragraph: int  # index of the paragraph in the document
    sentence: int  # index of the sentence in its paragraph
    paragraph_position: float  # 0 for the first text paragraph, 1 for the last
    policy_score: float  # strongest non-procedural theme probability of the paragraph
    procedural_score: float
    themes: tuple[str, ...] = ()  # the paragraph's themes


def sentence_contexts(
    paragraphs: Sequence[tuple[int, Sequence[str], Sequence[str], Mapping[str, float]]], event_theme: str
) -> list[SentenceContext]:
    """Sentence contexts of content paragraphs given as (index, sentences, themes, scores), in order.

    A paragraph's ``scores`` are its theme probabilities; the strongest theme
    other than ``event_theme`` is its policy score.
    """
    last = max(len(paragraphs) - 1, 1)
    contexts = []
    for rank, (index, sentences, themes, scores) in enumerate(paragraphs):
        policy = max((p for t, p in scores.items() if t != event_theme), default=0.0)
        procedural = scores.get(event_theme, 0.0)
        for number, sentence in enumerate(sentences):
            contexts.append(SentenceContext(sentence, index, number, rank / last, policy, procedural, tuple(themes)))
    return contexts


def sentence_cues(contexts: Sequence[SentenceContext]) -> np.ndarray:
    """Dense cue matrix, one row per sentence (:func:`~scotopics.models.cues.cue_matrix`)."""
    if not contexts:
        return np.zeros((0, len(CUE_NAMES)))
    return cue_matrix(
        [c.text for c in contexts],
        [c.sentence for c in contexts],
        [c.paragraph_position for c in contexts],
        [c.policy_score for c in contexts],
        [c.procedural_score for c in contexts],
    )


class KeyStatementScorer:
    """Probability that a sentence is a key statement (logistic model).

    Parameters
    ----------
    C : float
        Inverse regularisation strength.
    cue_scale : float
        Multiplier of the dense cue columns, so that they are not drowned by
        the many word columns under one regularisation strength.
    """

    def __init__(self, *, C: float = 1.0, cue_scale: float = 3.0) -> None:
        self.C = C
        self.cue_scale = cue_scale
        self.coef_: np.ndarray | None = None
        self.intercept_: float = 0.0
        self.threshold_: float = 0.5

    def _design(self, word_features, contexts: Sequence[SentenceContext]):
        cues = sp.csr_matrix(sentence_cues(contexts) * self.cue_scale)
        return sp.hstack([word_features, cues], format="csr")

    def fit(self, word_features, contexts: Sequence[SentenceContext], is_key: Sequence[int]) -> KeyStatementScorer:
        """Fit on sentences' TF-IDF rows, their contexts and 0/1 key marks."""
        target = np.asarray(is_key, dtype=np.int8)
        model = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", max_iter=1000)
        model.fit(self._design(word_features, contexts), target)
        self.coef_ = model.coef_.ravel().astype(np.float64)
        self.intercept_ = float(model.intercept_[0])
        return self

    def predict_proba(self, word_features, contexts: Sequence[SentenceContext]) -> np.ndarray:
        """Key-statement probability of each sentence, in [0, 1]."""
        if self.coef_ is None:
            raise NotFittedError("KeyStatementScorer is not fitted")
        if not contexts:
            return np.zeros(0)
        n_words = word_features.shape[1]
        cues = sentence_cues(contexts) * self.cue_scale
        logits = word_features @ self.coef_[:n_words] + cues @ self.coef_[n_words:] + self.intercept_
        return sigmoid(np.asarray(logits).ravel())

    def _get_state(self) -> tuple[dict[str, np.ndarray], dict[str, float]]:
        """The fitted scorer as arrays and a JSON-able record (see :mod:`scotopics.io.persist`)."""
        if self.coef_ is None:
            raise NotFittedError("KeyStatementScorer is not fitted")
        return {"key_coef": self.coef_.astype(np.float64)}, {
            "C": self.C,
            "cue_scale": self.cue_scale,
            "intercept": self.intercept_,
        }

    @classmethod
    def _from_state(cls, arrays: dict[str, np.ndarray], record: dict[str, float]) -> KeyStatementScorer:
        scorer = cls(C=float(record["C"]), cue_scale=float(record["cue_scale"]))
        scorer.coef_ = np.asarray(arrays["key_coef"], dtype=np.float64)
        scorer.intercept_ = float(record["intercept"])
        return scorer


def centrality(word_features, gram: np.ndarray | None = None) -> np.ndarray:
    """Cosine similarity of each sentence to the document's centroid, scaled to [0, 1].

    ``word_features`` rows are L2-normalised TF-IDF vectors (or all zero), as the
    classifier's vectoriser returns them. ``gram``, when given, is their dense
    matrix of dot products (``rows @ rows.T``), from which the centrality follows
    without another sparse product: ``rows @ centroid`` is ``gram.sum(axis=1)``
    and ``|centroid|²`` is ``gram.sum()``.
    """
    if gram is not None:
        towards = gram.sum(axis=1)
        norm = float(np.sqrt(max(towards.sum(), 0.0)))
        if norm == 0:
            return np.zeros(gram.shape[0])
        similarity = towards / norm
    else:
        rows = word_features
        centroid = np.asarray(rows.sum(axis=0)).ravel()
        norm = float(np.linalg.norm(centroid))
        if norm == 0:
            return np.zeros(rows.shape[0])
        similarity = np.asarray(rows @ (centroid / norm)).ravel()
    top = similarity.max()
    return similarity / top if top > 0 else similarity


#: Up to this many sentences, one dense matrix of all their cosines serves centrality and MMR.
DENSE_GRAM_SENTENCES = 400


def dense_gram(rows: sp.csr_matrix) -> np.ndarray:
    """``(rows @ rows.T).toarray()`` for the few rows of one document, through a dense matrix of only the
    columns they use: on a document's sentences, scipy's sparse product costs more than the arithmetic."""
    rows = sp.csr_matrix(rows)
    columns, compact = np.unique(rows.indices, return_inverse=True)
    dense = np.zeros((rows.shape[0], len(columns)))
    dense[np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr)), compact] = rows.data
    return dense @ dense.T


def select_key_statements(
    contexts: Sequence[SentenceContext],
    key_proba: np.ndarray,
    word_features,
    n: int,
    *,
    allowed: np.ndarray | None = None,
    max_words: int | None = None,
    event_theme: str = DEFAULT_EVENT_THEME,
) -> list[tuple[int, float]]:
    """Pick up to ``n`` sentences: (position in ``contexts``, score), in document order.

    The score is ``KEY_WEIGHT * key_proba + (1 - KEY_WEIGHT) * centrality``;
    selection is greedy MMR with a bonus for themes not yet covered.
    ``allowed`` (a boolean mask) limits the choice, e.g. to sentences about
    given themes; ``max_words`` stops before the picks exceed that many words
    (the first pick is always kept). The ``event_theme`` earns no coverage bonus.
    """
    count = len(contexts)
    n = max(0, min(n, count))
    if n == 0:
        return []
    # A short document: one product gives every cosine (centrality and redundancy alike).
    gram = dense_gram(word_features) if count <= DENSE_GRAM_SENTENCES else None
    scores = KEY_WEIGHT * np.asarray(key_proba) + (1 - KEY_WEIGHT) * centrality(word_features, gram)
    if allowed is not None:
        n = min(n, int(np.sum(allowed)))
        if n == 0:
            return []
    budget = max_words if max_words is not None else None
    # Only the best-scored sentences compete, so that a huge document costs no quadratic work.
    limit = min(count, max(MIN_CANDIDATES, CANDIDATES_PER_PICK * n))
    ranking = np.where(allowed, scores, -np.inf) if allowed is not None else scores
    if limit > MAX_CANDIDATES:  # so many picks that redundancy control means nothing
        return [(int(i), float(scores[i])) for i in sorted(np.argsort(-ranking, kind="stable")[:n])]
    candidates = np.arange(count) if limit == count else np.argsort(-ranking, kind="stable")[:limit]
    if gram is not None:  # L2-normalised rows: products are cosines
        similarity = gram if limit == count else gram[np.ix_(candidates, candidates)]
    else:
        rows = word_features if limit == count else word_features[candidates]
        similarity = (rows @ rows.T).toarray()
    themes = [set(contexts[int(i)].themes) - {event_theme} for i in candidates]
    chosen: list[int] = []  # positions in ``candidates``
    covered: set[str] = set()
    available = np.ones(len(candidates), dtype=bool) if allowed is None else allowed[candidates].copy()
    redundancy = np.zeros(len(candidates))
    used_words = 0
    candidate_scores = scores[candidates]
    while len(chosen) < n and available.any():
        bonus = np.array([COVERAGE_BONUS if t - covered else 0.0 for t in themes])
        gain = MMR_LAMBDA * (candidate_scores + bonus) - (1 - MMR_LAMBDA) * redundancy
        gain[~available] = -np.inf
        best = int(np.argmax(gain))
        available[best] = False
        length = len(contexts[candidates[best]].text.split())
        if budget is not None and chosen and used_words + length > budget:
            continue  # too long for what is left of the budget; a shorter one may fit
        used_words += length
        chosen.append(best)
        covered.update(themes[best])
        redundancy = np.maximum(redundancy, similarity[:, best])
    return [(int(candidates[i]), float(scores[candidates[i]])) for i in sorted(chosen, key=lambda c: candidates[c])]
