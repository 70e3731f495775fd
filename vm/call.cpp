// call.cpp — calling Python functions: frame allocation and argument binding.
//
// Binding follows CPython's rules (Python/ceval.c initialize_locals): positional arguments fill
// parameters left to right, extras go to *args, keywords match parameter names (positional-only
// parameters excluded) or go to **kwargs, then defaults fill what is missing. The error messages
// are CPython's, with the function's __qualname__.
#include "vm/call.hpp"

#include <cstring>
#include <string>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {

using namespace rt;

Frame* frame_alloc(ThreadState* ts, Code* code, Function* func_owned) {
    size_t words = frame_size_words(code);
    Value* mem = ts->data_stack.push(words);
    if (!mem) {
        decref(Value(func_owned));
        raise_no_memory();
        return nullptr;
    }
    Frame* f = reinterpret_cast<Frame*>(mem);
    std::memset(static_cast<void*>(f), 0, sizeof(Frame) + code->nlocalsplus() * sizeof(Value));
    incref(code);
    f->code = code;
    f->func = func_owned;
    f->ip = code->instrs.data();
    f->sp = f->stack_base();
    f->owner = FrameOwner::Thread;
    return f;
}

void frame_free(ThreadState* ts, Frame* f) { ts->data_stack.pop(reinterpret_cast<Value*>(f)); }

static std::string qualname_of(Function* fn) { return std::string(str_view(fn->qualname)); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); i++) {
        if (i) {
            if (names.size() > 2) out += ",";
            out += " ";
            if (i == names.size() - 1) out += "and ";
        }
        out += "'" + names[i] + "'";
    }
    return out;
}

static void missing_args(Function* fn, Code* co, Value* lp, bool kwonly, int defcount) {
    std::vector<std::string> missing;
    int start = kwonly ? co->argcount : 0;
    int end = kwonly ? co->argcount + co->kwonlyargcount : co->argcount - defcount;
    for (int i = start; i < end; i++) {
        if (lp[i]) continue;
        if (kwonly && fn->kwdefaults && dict_get_str(fn->kwdefaults, co->localsplusnames->items[i].as<Str>())) continue;
        missing.push_back(std::string(str_view(co->localsplusnames->items[i])));
    }
    raise(&exc::TypeError, "%s() missing %d required %s argument%s: %s", qualname_of(fn).c_str(),
          static_cast<int>(missing.size()), kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s",
          name_list(missing).c_str());
}

static void too_many_positional(Function* fn, Code* co, size_t given, Value* lp) {
    int defcount = fn->defaults ? static_cast<int>(fn->defaults->size) : 0;
    int argc = co->argcount;
    std::string takes;
    if (defcount) takes = format_message("from %d to %d positional arguments", argc - defcount, argc);
    else takes = format_message("%d positional argument%s", argc, argc == 1 ? "" : "s");
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (lp[i]) kwonly_given++;
    std::string extra;
    if (kwonly_given)
        extra = format_message(" positional argument%s (and %d keyword-only argument%s)", given == 1 ? "" : "s",
                               kwonly_given, kwonly_given == 1 ? "" : "s");
    raise(&exc::TypeError, "%s() takes %s but %d%s %s given", qualname_of(fn).c_str(), takes.c_str(),
          static_cast<int>(given), extra.c_str(), (given == 1 && !kwonly_given) ? "was" : "were");
}

bool bind_arguments(Function* fn, Frame* f, const Value* args, size_t nargs, Tuple* kwnames) {
    Code* co = f->code;
    Value* lp = f->localsplus;
    const int argc = co->argcount;
    const int total = argc + co->kwonlyargcount;
    const bool has_varargs = co->flags & kCoVarargs;
    const bool has_varkw = co->flags & kCoVarkeywords;
    Dict* kwdict = nullptr;
    if (has_varkw) {
        kwdict = dict_new();
        if (!kwdict) return false;
        lp[total + (has_varargs ? 1 : 0)] = Value(kwdict);
    }
    size_t n = nargs < static_cast<size_t>(argc) ? nargs : argc;
    for (size_t i = 0; i < n; i++) lp[i] = newref(args[i]);
    if (has_varargs) {
        Value rest = nargs > n ? tuple_from_array(args + n, static_cast<int64_t>(nargs - n)) : tuple_empty();
        if (!rest) return false;
        lp[total] = rest;
    }
    size_t nkw = kwnames ? kwnames->size : 0;
    Tuple* varnames = co->localsplusnames;
    for (size_t k = 0; k < nkw; k++) {
        Value key = kwnames->items[k];
        Value val = args[nargs + k];
        Str* ks = key.as<Str>();
        int idx = -1;
        for (int i = co->posonlyargcount; i < total; i++)
            if (varnames->items[i] == key) { idx = i; break; }
        if (idx < 0)
            for (int i = co->posonlyargcount; i < total; i++)
                if (str_view(varnames->items[i]) == ks->view()) { idx = i; break; }
        if (idx < 0) {
            if (kwdict) {
                if (dict_set_item(kwdict, key, val) < 0) return false;
                continue;
            }
            for (int i = 0; i < co->posonlyargcount; i++)
                if (str_view(varnames->items[i]) == ks->view()) {
                    raise(&exc::TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                          qualname_of(fn).c_str(), std::string(ks->view()).c_str());
                    return false;
                }
            raise(&exc::TypeError, "%s() got an unexpected keyword argument '%s'", qualname_of(fn).c_str(),
                  std::string(ks->view()).c_str());
            return false;
        }
        if (lp[idx]) {
            raise(&exc::TypeError, "%s() got multiple values for argument '%s'", qualname_of(fn).c_str(),
                  std::string(ks->view()).c_str());
            return false;
        }
        lp[idx] = newref(val);
    }
    if (nargs > static_cast<size_t>(argc) && !has_varargs) {
        too_many_positional(fn, co, nargs, lp);
        return false;
    }
    // Defaults for missing positional parameters (they apply to the last len(defaults) ones).
    if (nargs < static_cast<size_t>(argc)) {
        int defcount = fn->defaults ? static_cast<int>(fn->defaults->size) : 0;
        int first_default = argc - defcount;
        for (int i = static_cast<int>(nargs); i < first_default; i++)
            if (!lp[i]) {
                missing_args(fn, co, lp, false, defcount);
                return false;
            }
        for (int i = first_default > static_cast<int>(nargs) ? first_default : static_cast<int>(nargs); i < argc; i++)
            if (!lp[i]) lp[i] = newref(fn->defaults->items[i - first_default]);
    }
    // Keyword-only defaults.
    for (int i = argc; i < total; i++) {
        if (lp[i]) continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, varnames->items[i].as<Str>()) : Value{};
        if (!d) {
            missing_args(fn, co, lp, true, 0);
            return false;
        }
        lp[i] = newref(d);
    }
    return true;
}

Frame* make_function_frame(ThreadState* ts, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
    Code* co = fn->code.as<Code>();
    incref(Value(fn));
    Frame* f = frame_alloc(ts, co, fn);
    if (!f) return nullptr;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    if (!bind_arguments(fn, f, args, nargs, kwnames)) {
        frame_clear(f);
        frame_free(ts, f);
        return nullptr;
    }
    return f;
}

Value call_function(Value func, const Value* args, size_t nargs, Tuple* kwnames) {
    ThreadState* ts = current_vm_thread();
    Function* fn = func.as<Function>();
    Frame* f = make_function_frame(ts, fn, args, nargs, kwnames);
    if (!f) return Value{};
    f->is_entry = true;
    Value r = eval_frame(ts, f);
    frame_free(ts, f);
    return r;
}

Value make_function(Code* code, Dict* globals, Dict* builtins) {
    Value module = dict_get_str(globals, names::__name__);
    Function* fn = function_new(Value(code), globals, code->name, code->qualname, module);
    if (!fn) return Value{};
    fn->builtins = static_cast<Dict*>(newref(Value(builtins)).as_object());
    // A function's co_consts[0] is its docstring or None.
    Tuple* consts = code->consts;
    if (consts && consts->size > 0 && is_str(consts->items[0]) && (code->flags & kCoOptimized))
        set_owned(fn->doc, newref(consts->items[0]));
    return Value(fn);
}

void install_function_call() { install_function_call_slot(call_function); }

}  // namespace minipy::vm
