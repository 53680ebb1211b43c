item = "apple"
count = 3
print(f"I have {count} {item}s")
print(f'{item!r} has {len(item)} letters')
print(f"{'quoted'} text")
print(f"{[item]}")
