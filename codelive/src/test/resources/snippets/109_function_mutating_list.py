def add_squares(target, n):
    for i in range(n):
        target.append(i * i)


result = []
add_squares(result, 4)
add_squares(result, 2)
print(result)
