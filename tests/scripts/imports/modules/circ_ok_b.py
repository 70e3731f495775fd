import circ_ok_a
print("circ_ok_b sees circ_ok_a partially initialized:", hasattr(circ_ok_a, "who"))
def who():
    return "b"
