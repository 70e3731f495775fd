// ops.hpp — the abstract object protocol: what `a + b`, `repr(x)`, `x.y`, `f(*args)` mean for
// any pair of values. Everything here dispatches through type slots (type.hpp); nothing here
// knows the eval loop. CPython's equivalents are in Objects/abstract.c and Objects/object.c.
//
// Ownership as everywhere: Value results are new references or null with an exception set;
// arguments are borrowed; int results use -1 for errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;
struct Dict;

// Binary operators, numbered as CPython 3.12's BINARY_OP argument (NB_ADD ... NB_XOR), so
// `--dis` prints the same numbers as `python -m dis`. In-place forms are the same plus kInplace.
enum class BinOp : uint8_t {
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
};
inline constexpr int kBinOpCount = 13;
inline constexpr int kInplace = 13;
const char* binop_symbol(int arg);       // "+", "+=", ... for messages and the disassembler

enum class UnaryOp : uint8_t { Negative, Positive, Invert, Not };

// --- identity and truth -----------------------------------------------------------------------
inline bool is_same(Value a, Value b) { return a == b; }
int truthy(Value v);                             // bool(v): 0/1, -1 error

// --- text -------------------------------------------------------------------------------------
Value repr(Value v);                             // a str
Value to_str(Value v);                           // str(v)
Value ascii(Value v);
Value format(Value v, Value spec);               // format(v, spec); spec a str (null: '')
std::string repr_utf8(Value v);                  // repr as std::string; "<error>" if repr fails (for diagnostics)
std::string type_name(Value v);                  // type(v).__name__ as std::string

// --- hashing and comparison -------------------------------------------------------------------
int64_t hash(Value v);                           // -1 error (TypeError: unhashable type: 'list')
Value richcompare(Value a, Value b, CompareOp op);    // the result object (any type)
int compare_bool(Value a, Value b, CompareOp op);      // truth of the comparison, -1 error
int equal(Value a, Value b);                     // a is b or a == b; -1 error (container lookups)
const char* compare_op_symbol(CompareOp op);     // "<", "<=", "==", ...

// --- numbers ----------------------------------------------------------------------------------
Value binary_op(Value a, Value b, BinOp op);
Value inplace_op(Value a, Value b, BinOp op);    // tries __iadd__ etc., then the binary form
Value binary_op_arg(Value a, Value b, int arg);  // arg as the BINARY_OP instruction encodes it
// Marks a function stored in nb_add/nb_multiply/nb_inplace_add/nb_inplace_multiply as a
// sequence's concatenation or repetition: it runs only after both operands' numeric slots
// declined, as CPython's sq_concat/sq_repeat (so `[0] * n` tries type(n).__rmul__ first).
void register_sequence_slot(BinaryFn fn);
Value power(Value base, Value exp, Value mod);   // pow(base, exp, mod); mod null: none
Value divmod(Value a, Value b);                  // divmod(a, b) through the nb_divmod slots
Value unary_op(Value v, UnaryOp op);
Value number_index(Value v);                     // operator.index(v): an int
bool index_to_i64(Value v, int64_t* out, Type* overflow_exc = nullptr);   // __index__, clamps or raises
Value number_to_int(Value v);                    // int(v)
Value number_to_float(Value v);                  // float(v)
bool to_double(Value v, double* out);            // int/float/__float__ to double; TypeError otherwise

// --- attributes -------------------------------------------------------------------------------
Value getattr(Value obj, Str* name);
Value getattr(Value obj, const char* name);
Value getattr_or_null(Value obj, Str* name);     // like getattr, but AttributeError -> null, no error
int setattr(Value obj, Str* name, Value v);      // v null: delete
int delattr(Value obj, Str* name);
int hasattr(Value obj, Str* name);               // 0/1, -1 on errors other than AttributeError
// The default __getattribute__ / __setattr__ of `object` (descriptors, instance dict, class).
Value generic_getattr(Value obj, Str* name);
int generic_setattr(Value obj, Str* name, Value v);
// Looks an attribute up for calling it as a method. On success returns the function and sets
// *is_method when it is an unbound function that wants obj as its first argument (no bound
// method object is created).
Value lookup_method(Value obj, Str* name, bool* is_method);
Dict** instance_dict_slot(Value obj);            // &__dict__ pointer of an instance, or nullptr

// --- calls ------------------------------------------------------------------------------------
Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call0(Value callable);
Value call1(Value callable, Value a);
Value call2(Value callable, Value a, Value b);
Value call3(Value callable, Value a, Value b, Value c);
Value call_tuple_dict(Value callable, Tuple* args, Dict* kwargs);   // f(*args, **kwargs); kwargs may be null
Value call_method(Value obj, const char* name, const Value* args, size_t nargs);
Value call_method0(Value obj, const char* name);
Value call_method1(Value obj, const char* name, Value a);
bool is_callable(Value v);
// `import name` for native code (copyreg for object.__reduce_ex__): the VM installs the hook.
Value import_module_by_name(const char* name);
using ImportModuleHook = Value (*)(const char* name);
extern ImportModuleHook g_import_module_hook;

// --- containers and iteration ------------------------------------------------------------------
int64_t length(Value v);                         // len(v); -1 error
Value getitem(Value obj, Value key);
int setitem(Value obj, Value key, Value v);
int delitem(Value obj, Value key);
int contains(Value container, Value item);       // `item in container`; -1 error
Value get_iter(Value v);                         // iter(v)
Value iter_next(Value it);                       // next item; null with no error set: exhausted
Value sequence_to_tuple(Value iterable);         // tuple(iterable)
Value sequence_to_list(Value iterable);          // list(iterable)
// Calls fn(item, arg) for each item; fn returns false to fail (an error must be set), true to go on.
bool for_each(Value iterable, bool (*fn)(Value item, void* arg), void* arg);

// --- misc -------------------------------------------------------------------------------------
bool isinstance(Value obj, Value cls, int* result);  // isinstance() with tuples and __instancecheck__
bool issubclass(Value cls, Value base, int* result);

// Interned attribute names used by the runtime ("__init__", "__repr__", ...), one global Str* per
// line of names.def: rt::names::__init__ etc.
namespace names {
#define NAME(id) extern Str* id;
#include "names.def"
}  // namespace names

}  // namespace minipy::rt
