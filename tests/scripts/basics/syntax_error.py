print("this line is fine")
x = (1 +
y = 2
