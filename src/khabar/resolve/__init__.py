"""Cross-document entities: per-document persons, organizations and places linked to
entities by key (``khabar.resolve.keys``).

* persons join across documents only when given name and surname agree (folded); a surname
  alone joins the full name it belongs to *in the same document* (when exactly one person
  there has that surname), and otherwise stays an entity of that document;
* organizations join on the canonical name the extractor gives (the data file's aliases);
* places join on name and kind.

Every rule compares keys, so the grouping does not depend on the order documents arrive in:
the store links each document as it is added and can rebuild all links from scratch (after a
change of rules) with the same result (``khabar.store.entity_links``, ``Store.resolve``).
"""
