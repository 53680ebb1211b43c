SCALE = 3

def scaled(x):
    return x * SCALE

print(scaled(2))
SCALE = 10
print(scaled(2))
config = [1]
def add():
    config.append(len(config) + 1)
add()
add()
print(config)
