# circ_a imports circ_b, which imports a name from circ_a before it exists.
import circ_b
A_VALUE = 1
