"""Cross-checks the syntax test corpus with CPython.

usage: crosscheck.py accept|reject|same-ast DIRECTORY

Prints one line per snippet: NAME<TAB>OK, or NAME<TAB>FAIL<TAB>why.
  accept    every NAME.py compiles (ast.parse and the compiler's own checks, like 'return' outside function)
  reject    every NAME.py fails to compile
  same-ast  every NAME.py compiles, and NAME.printed (our printer's output) parses to the same AST
"""
import ast
import pathlib
import sys
import warnings


def compile_file(path):
    source = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source, filename=str(path))
        compile(tree, str(path), "exec", dont_inherit=True)
    return tree


def check(mode, path):
    if mode == "reject":
        try:
            compile_file(path)
        except (SyntaxError, ValueError):
            return None
        return "CPython accepts it"
    try:
        tree = compile_file(path)
    except (SyntaxError, ValueError) as error:
        return f"CPython rejects it: {error!r}"
    if mode == "same-ast":
        printed = compile_file(path.with_suffix(".printed"))
        if ast.dump(tree) != ast.dump(printed):
            return f"different ASTs: {ast.dump(tree)} vs printed {ast.dump(printed)}"
    return None


def main():
    mode, directory = sys.argv[1], pathlib.Path(sys.argv[2])
    for path in sorted(directory.glob("*.py")):
        try:
            problem = check(mode, path)
        except Exception as error:  # a failure to report, never to crash on
            problem = f"checker error: {error!r}"
        line = f"{path.stem}\tOK" if problem is None else f"{path.stem}\tFAIL\t{problem}"
        print(line.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
