class DomainError(Exception):
    pass
def fail():
    raise DomainError("raised in custom_error")
