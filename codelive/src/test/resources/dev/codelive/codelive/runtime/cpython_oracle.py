# The CPython side of the runtime conformance tests, run once per test class as `python3 -I -c <this file>`.
#
# stdin: a JSON list of the function names the Java runtime implements, then one JSON object per case:
#   {"src": "<a Python expression>", "evaluate": true|false}
# stdout: one JSON object per case, in order:
#   {"tree": T, "result": R}   where T describes the expression for the Java side to evaluate:
#       {"call": name, "args": [T...], "kwargs": {name: T}}  a call of an implemented function
#       {"value": V}                                         anything else, evaluated here and encoded
#   and R is {"ok": {"type": ..., "repr": ..., "str": ...}} or {"error": {"type": ..., "message": ...}}
#   (R is null when "evaluate" is false: cases the Java side must refuse, which may not even finish here).
#   {"invalid": "..."} when the case itself is broken (bad syntax, an argument that raises).
import ast
import io
import json
import math
import operator
import sys


def getslice(seq, start, stop, step):
    return seq[start:stop:step]


def setitem(seq, index, value):
    seq[index] = value
    return seq


def setslice(seq, start, stop, step, value):
    seq[start:stop:step] = value
    return seq


def print_(*args, **kwargs):
    out = io.StringIO()
    print(*args, file=out, **kwargs)
    return out.getvalue()


def chain(first, *rest):
    ops = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq,
           "!=": operator.ne, "in": lambda a, b: a in b, "not in": lambda a, b: a not in b}
    left = first
    for i in range(0, len(rest), 2):
        right = rest[i + 1]
        if not ops[rest[i]](left, right):
            return False
        left = right
    return True


def method(receiver, name, *args, **kwargs):
    result = getattr(receiver, name)(*args, **kwargs)
    return (result, receiver)


def unpack(value, count):
    names = [f"x{i}" for i in range(count)]
    scope = {"value": value}
    exec(", ".join(names) + ", = value", scope)
    return tuple(scope[name] for name in names)


NAMESPACE = {"math": math, "operator": operator, "getslice": getslice, "setitem": setitem, "setslice": setslice,
             "print_": print_, "chain": chain, "method": method, "unpack": unpack}


def encode(value):
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": hex(value)}
    if isinstance(value, float):
        return {"float": value.hex()}
    if isinstance(value, str):
        return {"str": value}
    if value is None:
        return {"none": True}
    if isinstance(value, list):
        return {"list": [encode(v) for v in value]}
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, range):
        return {"range": [value.start, value.stop, value.step]}
    raise TypeError(f"cannot encode a {type(value).__name__}")


def tree(node, names):
    if isinstance(node, ast.Call) and ast.unparse(node.func) in names:
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            raise ValueError("star arguments are not supported in cases")
        return {"call": ast.unparse(node.func), "args": [tree(a, names) for a in node.args],
                "kwargs": {k.arg: tree(k.value, names) for k in node.keywords}}
    return {"value": encode(eval(compile(ast.Expression(node), "<case>", "eval"), NAMESPACE))}


def result(source):
    try:
        value = eval(source, NAMESPACE)
        answer = {"type": type(value).__name__, "repr": repr(value)}
        if isinstance(value, str):
            answer["str"] = value
        return {"ok": answer}
    except Exception as e:
        return {"error": {"type": type(e).__name__, "message": str(e)}}


def main():
    names = set(json.loads(sys.stdin.readline()))
    for line in sys.stdin:
        case = json.loads(line)
        try:
            node = ast.parse(case["src"], mode="eval").body
            answer = {"tree": tree(node, names)}
        except Exception as e:
            answer = {"invalid": f"{type(e).__name__}: {e}"}
        else:
            answer["result"] = result(case["src"]) if case["evaluate"] else None
        print(json.dumps(answer), flush=False)


main()
