"""The models: theme classifier, key-sentence scorer with its cues, attribution and the summariser."""
