"""khabar: Persian news to an evidence-linked knowledge base."""

__version__ = "0.1.0"
