def digits(n):
    result = []
    while n > 0:
        result.append(n % 10)
        n //= 10
    return result[::-1]


print(digits(9075))
print(digits(2 ** 64))
