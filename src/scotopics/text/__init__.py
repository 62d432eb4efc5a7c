"""Text in: input checks, markup, language, paragraphs and sentences, TF-IDF features."""
