// frame.cpp — the per-thread data stack frames live on, clearing frames, and frame objects.
#include "vm/frame.hpp"

#include "runtime/alloc.hpp"

#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/trashcan.hpp"
#include "vm/interpreter.hpp"
#include "vm/thread_state.hpp"

namespace minipy::vm {

using namespace rt;

// =============================================================================================
// DataStack

static constexpr size_t kChunkWords = 32 * 1024;   // 256 KiB per chunk

DataStack::DataStack() = default;

DataStack::~DataStack() {
    while (m_chunk) {
        Chunk* p = m_chunk->previous;
        mem_free(m_chunk);
        m_chunk = p;
    }
    if (m_spare) mem_free(m_spare);
}

DataStack::Chunk* DataStack::new_chunk(size_t min_words) {
    size_t words = min_words > kChunkWords ? min_words : kChunkWords;
    if (m_spare && static_cast<size_t>(m_spare->limit - m_spare->data) >= words) {
        Chunk* c = m_spare;
        m_spare = nullptr;
        c->top = c->data;
        return c;
    }
    auto* c = static_cast<Chunk*>(mem_alloc(sizeof(Chunk) + words * sizeof(Value)));
    if (!c) return nullptr;
    c->previous = nullptr;
    c->top = c->data;
    c->limit = c->data + words;
    return c;
}

Value* DataStack::push(size_t words) {
    if (!m_chunk || static_cast<size_t>(m_chunk->limit - m_chunk->top) < words) {
        Chunk* c = new_chunk(words);
        if (!c) return nullptr;
        c->previous = m_chunk;
        m_chunk = c;
    }
    Value* base = m_chunk->top;
    m_chunk->top += words;
    return base;
}

void DataStack::pop(Value* base) {
    if (base >= m_chunk->data && base < m_chunk->limit) {
        m_chunk->top = base;
        if (base == m_chunk->data && m_chunk->previous) {
            // The chunk is empty: keep one spare to avoid malloc churn at a chunk boundary.
            Chunk* c = m_chunk;
            m_chunk = c->previous;
            if (m_spare) mem_free(m_spare);
            m_spare = c;
        }
        return;
    }
    fatal_error("DataStack::pop: frame not on top of the data stack");
}

// =============================================================================================
// Frames

void frame_clear(Frame* f) {
    if (f->frame_obj) frame_detach_object(f);
    Value* lp = f->localsplus;
    int32_t n = f->code->nlocalsplus();
    for (int32_t i = 0; i < n; i++) {
        Value v = lp[i];
        lp[i] = Value{};
        decref(v);
    }
    for (Value* p = f->stack_base(); p < f->sp; p++) decref(*p);
    f->sp = f->stack_base();
    decref(f->locals);
    f->locals = Value{};
    decref(Value(f->func));
    f->func = nullptr;
    decref(Value(f->code));
}

// =============================================================================================
// Frame objects

Type frame_type;

Value frame_object_of(Frame* f) {
    if (!f->frame_obj) {
        FrameObject* fo = alloc<FrameObject>(&frame_type);
        if (!fo) return Value{};
        fo->frame = f;
        fo->code = newref(Value(f->code));
        fo->globals = newref(Value(f->globals));
        fo->lineno = f->current_line();
        f->frame_obj = fo;
    }
    f->frame_obj->lineno = f->current_line();
    return newref(Value(f->frame_obj));
}

bool fast_locals_to_dict(Frame* f, Dict* d);   // interpreter.cpp

void frame_detach_object(Frame* f) {
    FrameObject* fo = f->frame_obj;
    if (!fo) return;
    fo->lineno = f->current_line();
    if (f->locals && !fo->locals) {
        fo->locals = newref(f->locals);
    } else if (!f->locals && (f->code->flags & kCoOptimized) && refcount_of(fo) > 1) {
        // A function's frame object that outlives the frame (a traceback holds it): keep its last
        // locals, as CPython's frame object keeps the values alive. (When only the frame holds
        // it, it dies now and nothing needs copying.)
        Value saved = take_error();
        if (!fo->locals) fo->locals = Value(dict_new());
        if (!fo->locals || !fast_locals_to_dict(f, fo->locals.as<Dict>())) clear_error();
        restore_error(saved);
    }
    f->frame_obj = nullptr;
    if (f->previous && !fo->back) fo->back = frame_object_of(f->previous);
    fo->frame = nullptr;
    decref(Value(fo));
}

static void frame_obj_dealloc_body(Object* o) {
    FrameObject* fo = static_cast<FrameObject*>(o);
    if (fo->frame) fo->frame->frame_obj = nullptr;
    decref(fo->code);
    decref(fo->globals);
    decref(fo->locals);
    decref(fo->back);
    free_object_memory(o);
}

// f_back chains can be as long as the deepest recursion: free them through the trashcan.
static void frame_obj_dealloc(Object* o) { trashcan_dealloc(o, frame_obj_dealloc_body); }

static void frame_obj_traverse(Object* o, VisitFn visit, void* arg) {
    FrameObject* fo = static_cast<FrameObject*>(o);
    for (Value v : {fo->code, fo->globals, fo->locals, fo->back})
        if (v.is_object()) visit(v.as_object(), arg);
}

static Value fo_code(Value v) { return newref(v.as<FrameObject>()->code); }
static Value fo_globals(Value v) { return newref(v.as<FrameObject>()->globals); }
static Value fo_lineno(Value v) {
    FrameObject* fo = v.as<FrameObject>();
    if (fo->frame) fo->lineno = fo->frame->current_line();
    return int_from_i64(fo->lineno);
}
static Value fo_back(Value v) {
    FrameObject* fo = v.as<FrameObject>();
    if (fo->frame && fo->frame->previous) return frame_object_of(fo->frame->previous);
    return newref(fo->back ? fo->back : none());
}
static Value fo_locals(Value v) {
    FrameObject* fo = v.as<FrameObject>();
    if (fo->frame) return frame_locals(fo->frame);
    if (fo->locals) return newref(fo->locals);
    return Value(dict_new());
}
static Value fo_builtins(Value v) { return newref(Value(g_interp->builtins)); }
static Value fo_lasti(Value v) {
    FrameObject* fo = v.as<FrameObject>();
    return int_from_i64(fo->frame ? static_cast<int64_t>(fo->frame->instr_index()) * 2 : -1);
}

static const GetSetDef frame_getsets[] = {
    {"f_code", fo_code},
    {"f_globals", fo_globals},
    {"f_lineno", fo_lineno},
    {"f_back", fo_back},
    {"f_locals", fo_locals},
    {"f_builtins", fo_builtins},
    {"f_lasti", fo_lasti},
    {nullptr},
};

static Value frame_repr(Value v) {
    FrameObject* fo = v.as<FrameObject>();
    Code* c = fo->code.as<Code>();
    if (fo->frame) fo->lineno = fo->frame->current_line();
    return str_format("<frame at %p, file %R, line %d, code %S>", static_cast<void*>(fo), c->filename, fo->lineno,
                      c->name);
}

void init_frame_type() {
    init_static_type(&frame_type, "frame", &object_type, sizeof(FrameObject), kTypeHasGC);
    frame_type.dealloc = frame_obj_dealloc;
    frame_type.traverse = frame_obj_traverse;
    frame_type.repr = frame_repr;
    add_getsets(&frame_type, frame_getsets);
    finalize_type(&frame_type);
}

}  // namespace minipy::vm
