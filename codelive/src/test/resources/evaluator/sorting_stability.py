pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), min(words), max(words))
nums = [3.5, 1, 2.25, -1, True]
print(sorted(nums))
nums.sort()
print(nums)
