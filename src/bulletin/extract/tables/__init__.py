"""Figures in tables: Markdown tables, tables pasted as plain text, and tables a web page flattened
into runs of cells, each column told by its header."""
