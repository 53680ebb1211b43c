print("before")
total: Undefined = 5
print("after")
