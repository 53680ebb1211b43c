labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
clipped = [x if x < 5 else 5 for x in range(8)]
print(clipped)
