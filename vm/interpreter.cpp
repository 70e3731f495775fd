// interpreter.cpp — the interpreter object, thread states, and running code objects.
#include "vm/interpreter.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>

#include "parser/parse.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/call.hpp"
#include "vm/compiler.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/generator.hpp"
#include "vm/gil.hpp"

namespace minipy::vm {

using namespace rt;

Interpreter* g_interp = nullptr;

// =============================================================================================
// Thread states

ThreadState* thread_state_new(Interpreter* interp, bool is_main) {
    auto* ts = new ThreadState();
    ts->interp = interp;
    ts->is_main = is_main;
    ts->ident = static_cast<uint64_t>(pthread_self());
    ts->native_id = static_cast<uint64_t>(syscall(SYS_gettid));
    t_current_thread = ts;
    init_stack_limit(ts);
    std::lock_guard<std::mutex> lock(interp->threads_mutex);
    interp->threads.push_back(ts);
    interp->thread_count.store(static_cast<int>(interp->threads.size()), std::memory_order_relaxed);
    return ts;
}

void thread_state_delete(ThreadState* ts) {
    Interpreter* interp = ts->interp;
    {
        std::lock_guard<std::mutex> lock(interp->threads_mutex);
        auto& v = interp->threads;
        v.erase(std::remove(v.begin(), v.end(), ts), v.end());
        interp->thread_count.store(static_cast<int>(v.size()), std::memory_order_relaxed);
    }
    decref(ts->curexc);
    decref(ts->async_exc);
    decref(ts->exc_base.exc_value);
    if (t_current_thread == ts) t_current_thread = nullptr;
    delete ts;
}

// =============================================================================================
// The interpreter

Interpreter* interpreter_new(const Config& config, const NativeModuleDef* native_modules) {
    auto* interp = new Interpreter();
    interp->config = config;
    interp->native_modules = native_modules;
    g_interp = interp;
    // The runtime's bootstrap thread state is replaced by the VM's (which extends it).
    ThreadState* ts = thread_state_new(interp, true);
    interp->main_thread = ts;
    if (config.gil_enabled) {
        std::unique_ptr<GilRecorder> recorder;
        if (config.gil_stats || !config.gil_trace_file.empty())
            recorder = std::make_unique<GilRecorder>(!config.gil_trace_file.empty(), config.switch_interval_us,
                                                     config.gil_policy);
        GilPolicy policy = config.gil_policy == "priority" ? GilPolicy::Priority : GilPolicy::CPython;
        interp->gil = new Gil(config.switch_interval_us, policy, std::move(recorder));
        gil_register_thread(ts, "MainThread");
        interp->gil->take(ts);
    }
    install_function_call();
    init_frame_type();
    init_generator_types();
    install_signal_handlers();
    return interp;
}

// =============================================================================================
// Running code

Value run_code(Code* code, Dict* globals, Value locals) {
    ThreadState* ts = current_vm_thread();
    Frame* f = frame_alloc(ts, code, nullptr);
    if (!f) return Value{};
    f->globals = globals;
    Value b = dict_get_str(globals, names::__builtins__);
    if (b && is_module(b)) f->builtins = b.as<Module>()->dict;
    else if (b && is_dict(b)) f->builtins = b.as<Dict>();
    else f->builtins = g_interp->builtins;
    f->locals = newref(locals ? locals : Value(globals));
    f->is_entry = true;
    Value r = eval_frame(ts, f);
    frame_free(ts, f);
    return r;
}

Value run_function_with_locals(Function* func, Value locals) {
    ThreadState* ts = current_vm_thread();
    Code* co = func->code.as<Code>();
    incref(Value(func));
    Frame* f = frame_alloc(ts, co, func);
    if (!f) return Value{};
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = newref(locals);
    f->is_entry = true;
    Value r = eval_frame(ts, f);
    frame_free(ts, f);
    return r;
}

Value syntax_error_to_exception(const parse::SyntaxErrorInfo& info) {
    // The front end reports trees too deep to compile, and allocation failures, through the same
    // channel; they become the exceptions CPython raises for them.
    if (info.type == "RecursionError" || info.type == "MemoryError") {
        Ref msg{str_from(info.msg)};
        Ref args{tuple_pack({msg.get()})};
        return exception_new(info.type == "RecursionError" ? &exc::RecursionError : &exc::MemoryError, args.as<Tuple>());
    }
    Type* type = &exc::SyntaxError;
    if (info.type == "IndentationError") type = &exc::IndentationError;
    else if (info.type == "TabError") type = &exc::TabError;
    Ref msg{str_from(info.msg)};
    Ref filename{str_from(info.filename)};
    Ref lineno{int_from_i64(info.lineno)};
    Ref offset{int_from_i64(info.offset)};
    Ref text{info.text.empty() && info.lineno == 0 ? newref(none()) : str_from(info.text + "\n")};
    Ref end_lineno{info.end_lineno ? int_from_i64(info.end_lineno) : newref(none())};
    Ref end_offset{info.end_offset ? int_from_i64(info.end_offset) : newref(none())};
    Ref details{tuple_pack({filename.get(), lineno.get(), offset.get(), text.get(), end_lineno.get(), end_offset.get()})};
    Ref args{tuple_pack({msg.get(), details.get()})};
    return exception_new(type, args.as<Tuple>());
}

Code* compile_or_raise(std::string_view source, const std::string& filename, int mode) {
    parse::SyntaxErrorInfo err;
    Code* code = compile_source(source, filename, static_cast<parse::Mode>(mode), &err);
    if (code) return code;
    Value e = syntax_error_to_exception(err);
    if (e) {
        raise_object(e);
        decref(e);
    }
    return nullptr;
}

// =============================================================================================
// Introspection

Frame* current_frame() {
    ThreadState* ts = current_vm_thread();
    return ts ? ts->frame : nullptr;
}

Value current_globals() {
    Frame* f = current_frame();
    return f ? Value(f->globals) : Value{};
}

// Copies a function frame's fast locals, cells and free variables into `d`: bound names are set,
// unbound ones removed; other keys (set by exec() through locals()) stay, as in CPython.
bool fast_locals_to_dict(Frame* f, Dict* d) {
    Code* co = f->code;
    for (int32_t i = 0; i < co->nlocalsplus(); i++) {
        Value v = f->localsplus[i];
        uint8_t kind = co->localspluskinds[i];
        if (v && (kind & (kCell | kFree)) && type_of(v) == &cell_type) v = v.as<Cell>()->ref;
        Value name = co->localsplusnames->items[i];
        if (v) {
            if (dict_set_item(d, name, v) < 0) return false;
        } else if (dict_get_item(d, name) && dict_del_item(d, name) < 0) {
            return false;
        }
    }
    return true;
}

Value frame_locals(Frame* f) {
    if (f->locals) return newref(f->locals);
    // A function frame: one dict per frame, kept on its frame object and refreshed on each call,
    // so locals() returns the same mapping every time (CPython before PEP 667).
    Ref fo_ref{frame_object_of(f)};
    if (!fo_ref) return Value{};
    FrameObject* fo = fo_ref.as<FrameObject>();
    if (!fo->locals) {
        fo->locals = Value(dict_new());
        if (!fo->locals) return Value{};
    }
    if (!fast_locals_to_dict(f, fo->locals.as<Dict>())) return Value{};
    return newref(fo->locals);
}

}  // namespace minipy::vm
