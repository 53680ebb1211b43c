def is_palindrome(s):
    return s == s[::-1]


for word in ["racecar", "level", "python", "a", "", "abba", "abca"]:
    print(word, is_palindrome(word))
