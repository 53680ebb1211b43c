# expect: not supported yet: match statements at 2:1
match command:
    case "go":
        pass
