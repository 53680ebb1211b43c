words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra", ""]
print(sorted(words))
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "Z" < "a")
print(max(words), min(words), "apple" == "apple", "apple" != "Apple")
