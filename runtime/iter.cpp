// iter.cpp — generic iterators: the __getitem__ sequence iterator, iter(callable, sentinel),
// and the lazy builtins enumerate, zip, map, filter and reversed (all types, as in CPython).
//
// Each holds its source iterators and produces one item per __next__; none buffers. Argument
// checking reproduces CPython 3.11/3.12's messages (Python/bltinmodule.c, Objects/enumobject.c,
// Objects/iterobject.c), which differ from type to type.
#include "iter.hpp"

#include <string>
#include <string_view>

#include "container_util.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "trashcan.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type seq_iter_type;
Type callable_iter_type;
Type enumerate_type;
Type zip_type;
Type map_type;
Type filter_type;
Type reversed_type;

namespace {

struct SeqIter : Object {
    Value seq;           // owned; null once exhausted
    int64_t index;
};

struct CallableIter : Object {
    Value callable;      // owned; null once exhausted
    Value sentinel;      // owned
};

struct Enumerate : Object {
    Value it;            // owned
    Value index;         // an int, owned
};

struct Zip : Object {
    Tuple* iters;        // owned
    bool strict;
};

struct Map : Object {
    Value func;          // owned
    Tuple* iters;        // owned
};

struct Filter : Object {
    Value func;          // owned (None: truthiness)
    Value it;            // owned
};

struct Reversed : Object {
    Value seq;           // owned; null once exhausted
    int64_t index;       // next position (counting down); -1 once exhausted
};

Value iter_self(Value self) { return newref(self); }

// Clears IndexError/StopIteration (the end of a __getitem__ sequence); true when it was one.
bool clear_end_of_sequence() {
    if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
        clear_error();
        return true;
    }
    return false;
}

// A tuple of iter(x) for each x in args[0..n).
Tuple* iterators_of(const Value* args, size_t n) {
    Tuple* t = tuple_new(static_cast<int64_t>(n));
    if (!t) return nullptr;
    for (size_t i = 0; i < n; i++) t->items[i] = Value{};
    Ref holder{Value(t)};
    for (size_t i = 0; i < n; i++) {
        Value it = get_iter(args[i]);
        if (!it) return nullptr;
        t->items[i] = it;
    }
    holder.release();
    return t;
}

void visit_value(Value v, VisitFn visit, void* arg) {
    if (v.is_object()) visit(v.as_object(), arg);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// iterator: seq[0], seq[1], ... until IndexError or StopIteration

Value seqiter_new(Value seq) {
    SeqIter* it = alloc<SeqIter>(&seq_iter_type);
    if (!it) return raise_no_memory();
    it->seq = newref(seq);
    it->index = 0;
    return Value(it);
}

static Value seqiter_next(Value self) {
    SeqIter* it = self.as<SeqIter>();
    if (!it->seq) return {};
    Ref index{int_from_i64(it->index)};
    if (!index) return {};
    Value item = getitem(it->seq, index.get());
    if (item) {
        it->index++;
        return item;
    }
    if (clear_end_of_sequence()) set_owned(it->seq, Value{});
    return {};
}

static Value seqiter_length_hint(const Value* args) {
    SeqIter* it = args[0].as<SeqIter>();
    if (!it->seq) return int_from_i64(0);
    if (!type_of(it->seq)->sq_length) return newref(not_implemented());
    int64_t n = length(it->seq);
    if (n < 0) return {};
    n -= it->index;
    return int_from_i64(n < 0 ? 0 : n);
}

static void seqiter_dealloc_body(Object* o) {
    decref(static_cast<SeqIter*>(o)->seq);
    free_object_memory(o);
}
static void seqiter_dealloc(Object* o) { trashcan_dealloc(o, seqiter_dealloc_body); }
static void seqiter_traverse(Object* o, VisitFn visit, void* arg) { visit_value(static_cast<SeqIter*>(o)->seq, visit, arg); }

static const NativeDef seqiter_methods[] = {
    {"__length_hint__(self, /)", seqiter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// callable_iterator: iter(callable, sentinel)

Value callable_iter_new(Value callable, Value sentinel) {
    CallableIter* it = alloc<CallableIter>(&callable_iter_type);
    if (!it) return raise_no_memory();
    it->callable = newref(callable);
    it->sentinel = newref(sentinel);
    return Value(it);
}

static void callable_iter_stop(CallableIter* it) {
    set_owned(it->callable, Value{});
    set_owned(it->sentinel, Value{});
}

static Value callable_iter_next(Value self) {
    CallableIter* it = self.as<CallableIter>();
    if (!it->callable) return {};
    Ref callable = Ref::borrow(it->callable);   // the call may exhaust (and release) the iterator
    Value result = call0(callable.get());
    if (result) {
        int ok = equal(it->sentinel ? it->sentinel : none(), result);
        if (ok == 0) return result;
        decref(result);
        if (ok > 0) callable_iter_stop(it);
        return {};
    }
    if (error_matches(&exc::StopIteration)) {
        clear_error();
        callable_iter_stop(it);
    }
    return {};
}

static void callable_iter_dealloc_body(Object* o) {
    CallableIter* it = static_cast<CallableIter*>(o);
    decref(it->callable);
    decref(it->sentinel);
    free_object_memory(o);
}
static void callable_iter_dealloc(Object* o) { trashcan_dealloc(o, callable_iter_dealloc_body); }
static void callable_iter_traverse(Object* o, VisitFn visit, void* arg) {
    CallableIter* it = static_cast<CallableIter*>(o);
    visit_value(it->callable, visit, arg);
    visit_value(it->sentinel, visit, arg);
}

// ---------------------------------------------------------------------------------------------
// enumerate(iterable, start=0)

static Value enumerate_make(Type* type, Value iterable, Value start) {
    Ref index;
    if (start) {
        index = Ref(number_index(start));
        if (!index) return {};
    } else {
        index = Ref(int_from_i64(0));
    }
    Ref it{get_iter(iterable)};
    if (!it) return {};
    Enumerate* e = alloc<Enumerate>(type);
    if (!e) return raise_no_memory();
    e->it = it.release();
    e->index = index.release();
    return Value(e);
}

static bool enumerate_check_keyword(Tuple* kwnames, int64_t i, std::string_view expected) {
    Value kw = kwnames->items[i];
    if (is_str(kw) && str_view(kw) == expected) return true;
    raise(&exc::TypeError, "'%S' is an invalid keyword argument for enumerate()", kw);
    return false;
}

static Value enumerate_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    int64_t nkw = kwnames ? kwnames->size : 0;
    int64_t total = static_cast<int64_t>(nargs) + nkw;
    if (total == 2) {
        if (nkw == 1 && !enumerate_check_keyword(kwnames, 0, "start")) return {};
        if (nkw == 2) {
            Value kw0 = kwnames->items[0];
            if (is_str(kw0) && str_view(kw0) == "start") {
                if (!enumerate_check_keyword(kwnames, 1, "iterable")) return {};
                return enumerate_make(type, args[1], args[0]);
            }
            if (!enumerate_check_keyword(kwnames, 0, "iterable") || !enumerate_check_keyword(kwnames, 1, "start"))
                return {};
        }
        return enumerate_make(type, args[0], args[1]);
    }
    if (total == 1) {
        if (nkw == 1 && !enumerate_check_keyword(kwnames, 0, "iterable")) return {};
        return enumerate_make(type, args[0], Value{});
    }
    if (nargs == 0) return raise(&exc::TypeError, "enumerate() missing required argument 'iterable'");
    return raise(&exc::TypeError, "enumerate() takes at most 2 arguments (%zd given)", total);
}

static Value enumerate_next(Value self) {
    Enumerate* e = self.as<Enumerate>();
    Ref item{iter_next(e->it)};
    if (!item) return {};
    Value index = e->index;
    Value next;
    if (index.is_small_int() && index.as_small_int() < kSmallIntMax) {
        next = Value::small_int(index.as_small_int() + 1);
    } else {
        Ref one{int_from_i64(1)};
        next = int_add(index, one.get());
        if (!next) return {};
    }
    Value result = tuple_pack({index, item.get()});
    set_owned(e->index, next);
    return result;
}

static void enumerate_dealloc_body(Object* o) {
    Enumerate* e = static_cast<Enumerate*>(o);
    decref(e->it);
    decref(e->index);
    free_object_memory(o);
}
static void enumerate_dealloc(Object* o) { trashcan_dealloc(o, enumerate_dealloc_body); }
static void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
    Enumerate* e = static_cast<Enumerate*>(o);
    visit_value(e->it, visit, arg);
    visit_value(e->index, visit, arg);
}

// ---------------------------------------------------------------------------------------------
// zip(*iterables, strict=False)

static Value zip_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    bool strict = false;
    if (kwnames && kwnames->size > 0) {
        if (kwnames->size > 1)
            return raise(&exc::TypeError, "zip() takes at most 1 keyword argument (%zd given)", kwnames->size);
        Value kw = kwnames->items[0];
        if (!is_str(kw) || str_view(kw) != "strict")
            return raise(&exc::TypeError, "'%S' is an invalid keyword argument for zip()", kw);
        int t = truthy(args[nargs]);
        if (t < 0) return {};
        strict = t;
    }
    Tuple* iters = iterators_of(args, nargs);
    if (!iters) return {};
    Zip* z = alloc<Zip>(type);
    if (!z) {
        decref(iters);
        return raise_no_memory();
    }
    z->iters = iters;
    z->strict = strict;
    return Value(z);
}

// strict=True and iterator i (0-based) ran out first, or later than the others.
static Value zip_strict_end(Zip* z, int64_t i) {
    if (i > 0) {
        return raise(&exc::ValueError, "zip() argument %zd is shorter than argument%s%zd", i + 1, i == 1 ? " " : "s 1-",
                     i);
    }
    for (i = 1; i < z->iters->size; i++) {
        Value item = iter_next(z->iters->items[i]);
        if (item) {
            decref(item);
            return raise(&exc::ValueError, "zip() argument %zd is longer than argument%s%zd", i + 1,
                         i == 1 ? " " : "s 1-", i);
        }
        if (has_error()) return {};
    }
    return {};   // all exhausted together: the normal end
}

static Value zip_next(Value self) {
    Zip* z = self.as<Zip>();
    int64_t n = z->iters->size;
    if (n == 0) return {};
    Tuple* result = tuple_new(n);
    if (!result) return {};
    for (int64_t i = 0; i < n; i++) result->items[i] = Value{};
    Ref holder{Value(result)};
    for (int64_t i = 0; i < n; i++) {
        Value item = iter_next(z->iters->items[i]);
        if (!item) {
            if (has_error() || !z->strict) return {};
            return zip_strict_end(z, i);
        }
        result->items[i] = item;
    }
    return holder.release();
}

static void zip_dealloc_body(Object* o) {
    decref(static_cast<Zip*>(o)->iters);
    free_object_memory(o);
}
static void zip_dealloc(Object* o) { trashcan_dealloc(o, zip_dealloc_body); }
static void zip_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<Zip*>(o)->iters, arg); }

// ---------------------------------------------------------------------------------------------
// map(func, *iterables)

static Value map_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &map_type && !args_no_keywords("map", kwnames)) return {};
    if (nargs < 2) return raise(&exc::TypeError, "map() must have at least two arguments.");
    Tuple* iters = iterators_of(args + 1, nargs - 1);
    if (!iters) return {};
    Map* m = alloc<Map>(type);
    if (!m) {
        decref(iters);
        return raise_no_memory();
    }
    m->func = newref(args[0]);
    m->iters = iters;
    return Value(m);
}

static Value map_next(Value self) {
    Map* m = self.as<Map>();
    int64_t n = m->iters->size;
    OwnedValues items;
    items.reserve(n);
    for (int64_t i = 0; i < n; i++) {
        Value item = iter_next(m->iters->items[i]);
        if (!item) return {};
        items.push_owned(item);
    }
    return call(m->func, items.data(), static_cast<size_t>(n));
}

static void map_dealloc_body(Object* o) {
    Map* m = static_cast<Map*>(o);
    decref(m->func);
    decref(m->iters);
    free_object_memory(o);
}
static void map_dealloc(Object* o) { trashcan_dealloc(o, map_dealloc_body); }
static void map_traverse(Object* o, VisitFn visit, void* arg) {
    Map* m = static_cast<Map*>(o);
    visit_value(m->func, visit, arg);
    visit(m->iters, arg);
}

// ---------------------------------------------------------------------------------------------
// filter(function or None, iterable)

static Value filter_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &filter_type && !args_no_keywords("filter", kwnames)) return {};
    if (!args_count("filter", nargs, 2, 2)) return {};
    Ref it{get_iter(args[1])};
    if (!it) return {};
    Filter* f = alloc<Filter>(type);
    if (!f) return raise_no_memory();
    f->func = newref(args[0]);
    f->it = it.release();
    return Value(f);
}

static Value filter_next(Value self) {
    Filter* f = self.as<Filter>();
    bool plain_truth = f->func == none() || f->func == Value(&bool_type);
    for (;;) {
        Ref item{iter_next(f->it)};
        if (!item) return {};
        int ok;
        if (plain_truth) {
            ok = truthy(item.get());
        } else {
            Ref r{call1(f->func, item.get())};
            if (!r) return {};
            ok = truthy(r.get());
        }
        if (ok < 0) return {};
        if (ok) return item.release();
    }
}

static void filter_dealloc_body(Object* o) {
    Filter* f = static_cast<Filter*>(o);
    decref(f->func);
    decref(f->it);
    free_object_memory(o);
}
static void filter_dealloc(Object* o) { trashcan_dealloc(o, filter_dealloc_body); }
static void filter_traverse(Object* o, VisitFn visit, void* arg) {
    Filter* f = static_cast<Filter*>(o);
    visit_value(f->func, visit, arg);
    visit_value(f->it, visit, arg);
}

// ---------------------------------------------------------------------------------------------
// reversed(sequence): __reversed__ when the type has one, else seq[len-1], ..., seq[0]

static Value reversed_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &reversed_type && !args_no_keywords("reversed", kwnames)) return {};
    if (!args_count("reversed", nargs, 1, 1)) return {};
    Value seq = args[0];
    Type* st = type_of(seq);
    Value meth = type_lookup(st, names::__reversed__);
    if (meth) {
        if (meth == none()) return raise(&exc::TypeError, "'%s' object is not reversible", st->tp_name);
        DescrGetFn get = type_of(meth)->descr_get;
        Ref bound{get ? get(meth, seq, Value(st)) : newref(meth)};
        if (!bound) return {};
        return call0(bound.get());
    }
    // CPython's PySequence_Check: __getitem__ and not a dict.
    if (!st->mp_subscript || type_has_flag(st, kTypeDictSubclass))
        return raise(&exc::TypeError, "'%s' object is not reversible", st->tp_name);
    int64_t n = length(seq);
    if (n < 0) return {};
    Reversed* r = alloc<Reversed>(type);
    if (!r) return raise_no_memory();
    r->seq = newref(seq);
    r->index = n - 1;
    return Value(r);
}

static Value reversed_next(Value self) {
    Reversed* r = self.as<Reversed>();
    if (r->index >= 0 && r->seq) {
        Ref index{int_from_i64(r->index)};
        Value item = getitem(r->seq, index.get());
        if (item) {
            r->index--;
            return item;
        }
        if (!clear_end_of_sequence()) return {};
    }
    r->index = -1;
    set_owned(r->seq, Value{});
    return {};
}

static Value reversed_length_hint(const Value* args) {
    Reversed* r = args[0].as<Reversed>();
    if (!r->seq) return int_from_i64(0);
    int64_t n = length(r->seq);
    if (n < 0) return {};
    int64_t position = r->index + 1;
    return int_from_i64(n < position ? 0 : position);
}

static void reversed_dealloc_body(Object* o) {
    decref(static_cast<Reversed*>(o)->seq);
    free_object_memory(o);
}
static void reversed_dealloc(Object* o) { trashcan_dealloc(o, reversed_dealloc_body); }
static void reversed_traverse(Object* o, VisitFn visit, void* arg) { visit_value(static_cast<Reversed*>(o)->seq, visit, arg); }

static const NativeDef reversed_methods[] = {
    {"__length_hint__(self, /)", reversed_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

static void init_iterator_type(Type* t, const char* name, uint32_t size, uint32_t flags, DeallocFn dealloc,
                               TraverseFn traverse, UnaryFn next, const char* doc) {
    init_static_type(t, name, &object_type, size, flags | kTypeHasGC);
    t->dealloc = dealloc;
    t->traverse = traverse;
    t->iter = iter_self;
    t->iternext = next;
    t->doc = doc;
}

void init_iter_types() {
    init_iterator_type(&seq_iter_type, "iterator", sizeof(SeqIter), 0, seqiter_dealloc, seqiter_traverse, seqiter_next,
                       nullptr);
    add_methods(&seq_iter_type, seqiter_methods);
    finalize_type(&seq_iter_type);

    init_iterator_type(&callable_iter_type, "callable_iterator", sizeof(CallableIter), 0, callable_iter_dealloc,
                       callable_iter_traverse, callable_iter_next, nullptr);
    finalize_type(&callable_iter_type);

    init_iterator_type(&enumerate_type, "enumerate", sizeof(Enumerate), kTypeBaseType, enumerate_dealloc,
                       enumerate_traverse, enumerate_next,
                       "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                       "The enumerate object yields pairs containing a count (from start, which\n"
                       "defaults to zero) and a value yielded by the iterable argument.\n\n"
                       "enumerate is useful for obtaining an indexed list:\n"
                       "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
    enumerate_type.tp_new = enumerate_tp_new;
    finalize_type(&enumerate_type);

    init_iterator_type(&zip_type, "zip", sizeof(Zip), kTypeBaseType, zip_dealloc, zip_traverse, zip_next,
                       "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
                       "   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
                       "The zip object yields n-length tuples, where n is the number of iterables\n"
                       "passed as positional arguments to zip().  The i-th element in every tuple\n"
                       "comes from the i-th iterable argument to zip().  This continues until the\n"
                       "shortest argument is exhausted.\n\n"
                       "If strict is true and one of the arguments is exhausted before the others,\n"
                       "raise a ValueError.");
    zip_type.tp_new = zip_tp_new;
    finalize_type(&zip_type);

    init_iterator_type(&map_type, "map", sizeof(Map), kTypeBaseType, map_dealloc, map_traverse, map_next,
                       "map(func, *iterables) --> map object\n\n"
                       "Make an iterator that computes the function using arguments from\n"
                       "each of the iterables.  Stops when the shortest iterable is exhausted.");
    map_type.tp_new = map_tp_new;
    finalize_type(&map_type);

    init_iterator_type(&filter_type, "filter", sizeof(Filter), kTypeBaseType, filter_dealloc, filter_traverse,
                       filter_next,
                       "filter(function or None, iterable) --> filter object\n\n"
                       "Return an iterator yielding those items of iterable for which function(item)\n"
                       "is true. If function is None, return the items that are true.");
    filter_type.tp_new = filter_tp_new;
    finalize_type(&filter_type);

    init_iterator_type(&reversed_type, "reversed", sizeof(Reversed), kTypeBaseType, reversed_dealloc,
                       reversed_traverse, reversed_next, "Return a reverse iterator over the values of the given sequence.");
    reversed_type.tp_new = reversed_tp_new;
    add_methods(&reversed_type, reversed_methods);
    finalize_type(&reversed_type);
}

}  // namespace minipy::rt
