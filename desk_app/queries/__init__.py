"""Read models for the window and the documents: small functions that take a Session
and return frozen dataclasses. The window reads only through these (and changes state
only through core operations), so no view needs the ORM. One module per feature."""
