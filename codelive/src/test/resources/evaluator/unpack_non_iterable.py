print("start")
x, y = 5
