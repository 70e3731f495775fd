# __name__ is "__main__" for the script and the module name when imported.
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/modules")
if __name__ == "__main__":
    print("running as the main program")
import plain
print(plain.__name__, __name__, sys.modules["__main__"].__name__, "main_guard" in sys.modules)
main_module = sys.modules["__main__"]
print(main_module.here == here, hasattr(main_module, "plain"))
import __main__
print(__main__ is main_module)
