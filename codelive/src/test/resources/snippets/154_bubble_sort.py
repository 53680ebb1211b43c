def bubble_sort(items):
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items


print(bubble_sort([5, 1, 4, 2, 8, 0, -3]))
print(bubble_sort([]))
print(bubble_sort([1]))
