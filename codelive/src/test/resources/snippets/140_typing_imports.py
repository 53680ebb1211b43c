from typing import List, Tuple


def split_even_odd(values: List[int]) -> Tuple[List[int], List[int]]:
    evens = [v for v in values if v % 2 == 0]
    odds = [v for v in values if v % 2 != 0]
    return evens, odds


e, o = split_even_odd([1, 2, 3, 4, 5, 6, 7])
print(e, o)
