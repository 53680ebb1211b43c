def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in transpose(b)] for row in a]

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(transpose([[1, 2, 3], [4, 5, 6]]), matmul(a, b))
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(identity, matmul(identity, identity) == identity)
