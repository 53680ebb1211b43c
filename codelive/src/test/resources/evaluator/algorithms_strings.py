def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def char_counts(text):
    seen = []
    counts = []
    for ch in text:
        if ch in seen:
            counts[seen.index(ch)] += 1
        else:
            seen.append(ch)
            counts.append(1)
    return list(zip(seen, counts))

def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        else:
            out += ch
    return out

print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("abc"))
print(char_counts("mississippi"))
print(caesar("hello, world", 3), caesar(caesar("round trip", 7), -7))
