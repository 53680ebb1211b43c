print(True)
print(False)
print(True, False)
