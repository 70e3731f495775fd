# Implicit chaining: an exception raised while another is handled, three levels deep.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        {}["missing"]
    except KeyError:
        try:
            cleanup()
        finally:
            print("finally runs before the traceback")

try:
    work()
except OSError:
    raise TypeError("final")
