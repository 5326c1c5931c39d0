"""Documents in other forms: JSON (`convert`), flat records and their field
selection (`fields`), and the page text itself (`render`).

It imports `corpusparse.model` and nothing above it.
"""
