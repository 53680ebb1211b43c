print("printed once")
