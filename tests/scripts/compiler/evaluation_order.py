# The order in which sub-expressions and targets are evaluated, traced with a side effect.
log = []


def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value


def show(title):
    print(title, " ".join(log))
    log.clear()


class Obj:
    def __setattr__(self, name, value):
        log.append("set." + name)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        log.append("get." + name)
        return 0


class Sub(dict):
    def __setitem__(self, k, v):
        log.append("setitem[%s]" % (k,))
        super().__setitem__(k, v)

    def __getitem__(self, k):
        log.append("getitem[%s]" % (k,))
        return super().get(k, 0)


d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
t("f", lambda *a, **k: None)(t("a1"), t("a2"), k=t("kw"))
show("call:")
o, s = Obj(), Sub()
t("o", o).x, t("s", s)[t("key")] = t("r1"), t("r2")
show("tuple assignment:")
t("o", o).y = t("s", s)[t("key2")] = t("value")
show("chained assignment:")
t("s", s)[t("idx")] += t("inc", 1)
show("augmented subscript:")
t("o", o).z += t("inc", 1)
show("augmented attribute:")
r = t("a", 1) < t("b", 2) < t("c", 3)
show("chained comparison:")
r = t("a", 0) and t("b") or t("c")
show("boolean:")
r = t("then") if t("cond", True) else t("else")
show("conditional:")
r = [t("e%d" % i) for i in range(2) if t("if%d" % i, True)]
show("comprehension:")
r = {t("k%d" % i): t("v%d" % i) for i in range(2)}
show("dict comprehension:")
r = t("x", [1, 2])[t("lo", 0):t("hi", 1)]
show("slice:")
(a, b), c = t("outer", (t("in1"), t("in2"))), t("c")
show("nested unpack:")


def defaults(x=t("default1"), *, y=t("kwdefault")) -> t("annotation"):
    pass


show("def:")


@t("deco1", lambda f: t("applied1", f))
@t("deco2", lambda f: t("applied2", f))
def decorated():
    pass


show("decorators:")


class K(t("base", object), metaclass=t("meta", type)):
    t("body")


show("class:")
try:
    t("try")
    raise t("exc", ValueError("v"))
except t("match", ValueError) as e:
    t("handler")
finally:
    t("finally")
show("try:")
with t("cm", open(__file__)) as fh:
    t("with-body")
show("with:")
print(f"{t('f1')}{t('f2')!r}{t('f3'):>{t('width', 4)}}")
show("f-string:")
x = t("walrus", 5)
if (y := t("w", 7)) > x:
    t("greater")
show("walrus:")
