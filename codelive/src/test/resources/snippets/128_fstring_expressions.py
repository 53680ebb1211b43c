a = 7
b = 3
print(f"{a} + {b} = {a + b}")
print(f"{a} / {b} = {a / b}")
print(f"{a} // {b} = {a // b}")
print(f"list: {[a, b]}")
print(f"bool: {a > b}")
