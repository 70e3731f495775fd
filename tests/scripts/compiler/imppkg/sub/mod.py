value = 42
__all__ = ["value", "exported"]
exported = "star"
hidden = "not exported"
