for i in range(1, 6):
    print(f"{i} squared is {i * i} and halved is {i / 2}")
