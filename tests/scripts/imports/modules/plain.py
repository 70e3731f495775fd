# A plain module with __all__, private names and a __main__ guard.
__all__ = ["public", "helper"]
public = "public value"
helper = lambda: "helper called"
not_in_all = "reachable by name only"
_private = "private"
counter = 0
if __name__ == "__main__":
    print("plain run as a script")
else:
    print("plain imported as", __name__)
