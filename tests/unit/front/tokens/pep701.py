a = f"{"nested" + f"{b!r}"}"
c = f"{x:{"w"}}" f'{y}'
d = f"""{
    z
}"""
