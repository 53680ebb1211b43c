def reverse(items):
    left = 0
    right = len(items) - 1
    while left < right:
        items[left], items[right] = items[right], items[left]
        left += 1
        right -= 1
    return items


print(reverse([1, 2, 3, 4, 5]))
print(reverse([1, 2]))
