try:
    x
except E as e.f:
    pass
