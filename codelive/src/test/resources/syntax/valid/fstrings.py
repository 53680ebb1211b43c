x, y = 3, 4.5
name = "Ada"
print(f"x={x} y={y}")
print(f"{x + 1} {x * y:.2f} {name!r} {name!s:>10} {x=} {y = }")
print(f'{x}{y}', F"{{literal braces}} {x}", f"""{
    x
}""")
print(f"{'nested quotes'}", f"{[i for i in range(3)]}", f"{x if x else y}")
print("plain " f"and formatted {x}" " joined")
print(f"{x:5d}|{y:<8.3f}|{name:^9}|{x:+}|{1000000:,}")
