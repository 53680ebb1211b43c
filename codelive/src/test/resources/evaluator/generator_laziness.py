def check(x):
    print("checking", x)
    return x > 2

print(any(check(x) for x in range(10)))
print(all(check(x) for x in [5, 4, 1, 9]))
g = (x * x for x in range(4))
print(sum(g), sum(g))
print(list(x for x in "abc"), max(len(w) for w in ["a", "abc", "ab"]), min((len(w), w) for w in ["bb", "a", "cc"]))
print(sorted(x % 3 for x in range(7)), tuple(i for i in range(3)))
