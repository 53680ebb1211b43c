from typing import List


def collatz(n: int) -> List[int]:
    path = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        path.append(n)
    return path


def main() -> None:
    path = collatz(27)
    print(len(path), max(path))
    print(collatz(6))


if __name__ == "__main__":
    main()
