def main():
    print("hello from main")


if __name__ == "__main__":
    main()
