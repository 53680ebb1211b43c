def main():
    print("running main")
    total = 0
    for i in range(5):
        total += i
    print(total)


if __name__ == "__main__":
    main()
