f"{x:abc"
