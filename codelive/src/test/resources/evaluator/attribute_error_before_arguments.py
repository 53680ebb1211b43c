def loud(x):
    print("argument evaluated")
    return x

xs = []
xs.add(loud(1))
