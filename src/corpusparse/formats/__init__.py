"""Documents in other forms: JSON (`convert`), flat records (`records`, how a model
becomes one, and `fields`, the tables every output derives from), and the page
text itself (`render`).

It imports `corpusparse.model` and nothing above it.
"""
