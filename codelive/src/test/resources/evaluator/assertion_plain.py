assert 1 + 1 == 2
print("first assert passed")
assert []
