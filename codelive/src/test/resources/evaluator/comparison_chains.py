def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0)
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print("a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) == (1, 2), [1] != [1])
print(2 ** 53 + 1 > float(2 ** 53), 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
