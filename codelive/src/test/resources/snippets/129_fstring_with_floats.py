x = 0.1 + 0.2
print(f"{x}")
print(f"{1.0}")
print(f"{1e16}")
print(f"{-0.0}")
print(f"{2 ** 0.5}")
