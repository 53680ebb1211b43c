from typing import List, Optional


def total(xs: List[int], start: Optional[int] = None) -> int:
    result: int = start if start is not None else 0
    for x in xs:
        result += x
    return result


print(total([1, 2, 3]), total([1], 10))
