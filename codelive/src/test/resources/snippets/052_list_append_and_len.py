items = []
print(len(items))
for i in range(5):
    items.append(i * i)
print(items)
print(len(items))
