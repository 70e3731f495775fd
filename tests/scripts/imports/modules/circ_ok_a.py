# A circular import that works: circ_ok_b only uses circ_ok_a's attributes later.
import circ_ok_b
def who():
    return "a, and b says " + circ_ok_b.who()
