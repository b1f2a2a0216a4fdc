"""The text made readable before any sentence is read: width and marks folded, paragraphs cut into
sentences, pasted lines rejoined, asides and restatements settled with every character's place kept."""
