x = 5
assert x > 0
assert x < 10, "x should be small"
assert isinstance(x, int), f"x is {type(x)}"
print("ok")
