from typing import List, Optional
count: int = 0
names: List[str] = ["a", "b"]
maybe: Optional[int] = None
declared: float
count += len(names)
print(count, names, maybe)

def f(x: int) -> int:
    local: int = x * 2
    later: str
    return local

print(f(21))
