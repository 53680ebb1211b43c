from typing import List

values: List[int] = [3, 1, 4, 1, 5, 9, 2, 6]
total: int = 0
average: float = 0.0
for v in values:
    total += v
average = total / len(values)
print(total, average)
