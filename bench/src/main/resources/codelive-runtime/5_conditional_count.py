# A conditional count over a large range: the shape parallel reductions are for.
print(sum(1 for i in range(5 * 10 ** 6) if i % 7 == 0 or i % 11 == 0))
