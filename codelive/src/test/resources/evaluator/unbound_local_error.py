count = 0

def increment():
    print("reading global before local assignment")
    count = count + 1
    return count

increment()
