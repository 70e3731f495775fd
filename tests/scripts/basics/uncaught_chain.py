class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e

def main():
    try:
        load("b")
    finally:
        print("cleanup")

main()
