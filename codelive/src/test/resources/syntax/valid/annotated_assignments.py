from typing import List
count: int = 0
ratio: float = 0.5
names: List[str] = ["a", "b"]
pending: int
count += 1
print(count, ratio, names)
