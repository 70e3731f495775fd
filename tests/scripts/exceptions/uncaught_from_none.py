# raise ... from None hides the context in the report.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("clean report") from None
