// dis.cpp — the native core of the `dis` module: minipy's disassembler (vm/disasm.*) for code
// objects, functions and methods, and the opcode tables. stdlib/lib/dis.py builds the public
// interface (dis.dis, dis.get_instructions, Instruction) on top of it.
#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/disasm.hpp"
#include "vm/interpreter.hpp"
#include "vm/opcodes.hpp"

namespace minipy::lib {

using namespace rt;

// The code object behind x: a code object, a function, a bound method, or source text.
static Value code_of(Value x) {
    if (vm::is_code(x)) return newref(x);
    if (type_of(x) == &method_type) x = x.as<Method>()->func;
    if (is_function(x)) return newref(x.as<Function>()->code);
    if (is_str(x)) {
        vm::Code* c = vm::compile_or_raise(str_view(x), "<dis>", 0);
        return c ? Value(c) : Value{};
    }
    Ref code{getattr_or_null(x, intern("__code__"))};
    if (code && vm::is_code(code.get())) return code.release();
    if (has_error()) return Value{};
    return raise(&exc::TypeError, "don't know how to disassemble %s objects", type_of(x)->tp_name);
}

static Value dis_disassemble(const Value* args) {
    Ref code{code_of(args[0])};
    if (!code) return Value{};
    int recursive = truthy(args[1]);
    if (recursive < 0) return Value{};
    return str_from(vm::disassemble(code.as<vm::Code>(), recursive));
}

// [(opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target), ...]
static Value dis_instructions(const Value* args) {
    Ref code{code_of(args[0])};
    if (!code) return Value{};
    Ref result{list_new(0)};
    for (const vm::InstrRecord& r : vm::get_instructions(code.as<vm::Code>())) {
        Ref name{str_from_cstr(r.opname)};
        Ref arg{r.has_arg ? int_from_i64(r.arg) : newref(none())};
        Ref argval{r.jump_target >= 0 ? int_from_i64(r.jump_target)
                                      : r.argval ? newref(r.argval) : r.has_arg ? int_from_i64(r.arg) : newref(none())};
        Ref argrepr{str_from(r.argrepr)};
        Ref starts{r.starts_line >= 0 ? int_from_i64(r.starts_line) : newref(none())};
        Ref item{tuple_pack({name.get(), Value::small_int(static_cast<int>(r.op)), arg.get(), argval.get(), argrepr.get(),
                             Value::small_int(r.offset), starts.get(), bool_value(r.is_jump_target)})};
        if (!item || !list_append(result.get(), item.get())) return Value{};
    }
    return result.release();
}

static Value dis_code_of(const Value* args) { return code_of(args[0]); }

static const NativeDef dis_defs[] = {
    {"disassemble(x, recursive=True)", dis_disassemble},
    {"instructions(x, /)", dis_instructions},
    {"code_of(x, /)", dis_code_of},
    {nullptr},
};

Module* init_dis_module() {
    Module* m = module_new_cstr("_dis");
    if (!m) return nullptr;
    module_add_functions(m, dis_defs);
    Ref names{list_new(0)};
    Ref map{Value(dict_new())};
    for (int i = 0; i < vm::kOpCount; i++) {
        Ref n{str_from_cstr(vm::kOpInfo[i].name)};
        if (!list_append(names.get(), n.get()) || dict_set_item(map.as<Dict>(), n.get(), Value::small_int(i)) < 0)
            return nullptr;
    }
    module_add(m, "opname", names.get());
    module_add(m, "opmap", map.get());
    return m;
}

}  // namespace minipy::lib
