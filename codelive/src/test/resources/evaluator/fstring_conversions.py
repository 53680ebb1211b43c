s = "it's"
xs = [1, "a"]
print(f"{s!r} {s!s} {s} {xs} {xs!r}")
x = 42
print(f"{x=} {s=} {x + 1=} {x = }")
print(f"{3.0!r:>8}|{'a'!r:>6}")
print(f"tab\there {'quote'}" + f'{"double"}')
