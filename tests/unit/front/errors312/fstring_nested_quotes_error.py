x = 1
y = f"{"nested" x}"
