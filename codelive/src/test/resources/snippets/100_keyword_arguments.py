def describe(name, age, city):
    print(name, age, city)


describe("Ann", 31, "Oslo")
describe(city="Lima", name="Bo", age=4)
describe("Cy", city="Rome", age=55)
