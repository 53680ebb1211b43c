def search(items, target, low, high):
    if low > high:
        return -1
    mid = (low + high) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search(items, target, mid + 1, high)
    return search(items, target, low, mid - 1)


values = list(range(0, 100, 3))
print(search(values, 42, 0, len(values) - 1))
print(search(values, 43, 0, len(values) - 1))
