from typing import List


def mean(values: List[float]) -> float:
    return sum(values) / len(values)


def main() -> None:
    data = [2.0, 4.0, 9.0]
    print(mean(data))
    print(mean([1.0, 2.0]))


if __name__ == "__main__":
    main()
