f"{x:{a b}}"
