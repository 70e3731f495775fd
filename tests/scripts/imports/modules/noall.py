# No __all__: star-import takes every name without a leading underscore.
visible = 1
_hidden = 2
def func():
    return "func"
