name = "Ada"
year = 1815
print(f"{name} was born in {year}")
print(f"{name}{name}")
print(f"sum={1 + 2}")
print(f"")
