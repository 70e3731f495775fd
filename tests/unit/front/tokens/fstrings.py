x = f'a{b!r:>{w}} {c=}'
y = f"{{lit}}"
z = rf'\d{e}'
