x = 5
assert x > 0
assert x == 5, "x should be five"
assert [1, 2] == [1, 2]
print("all assertions passed")
