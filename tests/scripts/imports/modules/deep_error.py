# Helpers for a traceback across modules.
from shapes import circle
def level_two(x):
    return circle.area(x) / 0
def level_one(x):
    return level_two(x)
