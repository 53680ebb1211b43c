squares = list(range(1, 6))
print(squares)
squares.append(6)
print(squares[-1], len(squares))
