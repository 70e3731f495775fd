# Importing this module fails halfway.
loaded = True
raise ValueError("failing module raised during import")
