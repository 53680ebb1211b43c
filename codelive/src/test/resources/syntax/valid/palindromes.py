def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s.lower() if c.isalnum())
    return cleaned == cleaned[::-1]


for s in ["racecar", "hello", "A man a plan a canal Panama"]:
    print(s, is_palindrome(s))
