words = ["kiwi", "banana", "fig", "cherry"]
print(max(len(w) for w in words))
print(min(len(w) for w in words))
