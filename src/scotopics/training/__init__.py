"""Training and cross-validated evaluation of a model's parts."""

from .evaluation import EvaluationReport, evaluate
from .trainer import DEFAULT_CLASSIFIER_PARAMS, ModelParts, fit_documents, fit_texts

__all__ = ["EvaluationReport", "evaluate", "ModelParts", "fit_documents", "fit_texts", "DEFAULT_CLASSIFIER_PARAMS"]
