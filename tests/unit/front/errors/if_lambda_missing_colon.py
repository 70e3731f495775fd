if lambda: x
    pass
