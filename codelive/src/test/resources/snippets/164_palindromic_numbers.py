def is_palindrome_number(n):
    text = str(n)
    return text == text[::-1]


print([n for n in range(100, 200) if is_palindrome_number(n)])
print(sum(1 for n in range(10000) if is_palindrome_number(n)))
