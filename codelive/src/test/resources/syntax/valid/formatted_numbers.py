pi = 3.14159
n = 42
print(f"{pi:.2f} {pi:10.3f} {n:05d} {n:x} {n:o} {n:b} {n:e} {pi:%}")
print(f"{n!r:>6} {'left':<6}| {'right':>6}|")
