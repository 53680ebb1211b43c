"""Prints the bit length of the widest int a snippet computes, as the reference evaluator decides Program.IntWidth.

Every expression that reads a value is wrapped in a probe that records the ints passing through; the snippet's own
output is discarded. Usage: python3 int_width.py snippet.py
"""
import ast
import contextlib
import io
import sys

widest = 0


def probe(value):
    global widest
    if type(value) is int:
        widest = max(widest, value.bit_length())
    return value


class Probes(ast.NodeTransformer):
    def visit(self, node):
        node = self.generic_visit(node)
        if (isinstance(node, ast.expr) and not isinstance(node, (ast.Slice, ast.FormattedValue, ast.Starred))
                and not isinstance(getattr(node, "ctx", None), (ast.Store, ast.Del))):
            return ast.copy_location(ast.Call(ast.Name("__probe", ast.Load()), [node], []), node)
        return node


source = open(sys.argv[1], encoding="utf-8").read()
tree = ast.fix_missing_locations(Probes().visit(ast.parse(source)))
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(tree, "snippet", "exec"), {"__probe": probe, "__name__": "__main__"})
print(widest)
