"""Files: model files (no pickle), the training corpus format, labelled data readers."""
