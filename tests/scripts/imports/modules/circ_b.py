from circ_a import A_VALUE
