x = a €
