// traceback.cpp — printing exceptions the way CPython does:
//
//     Traceback (most recent call last):
//       File "t.py", line 5, in <module>
//         main()
//       File "t.py", line 3, in main
//         return 1 / 0
//     ZeroDivisionError: division by zero
//
// with chained exceptions ("During handling of the above exception, another exception
// occurred:" / "The above exception was the direct cause of the following exception:"), runs of
// identical frames folded ("[Previous line repeated 996 more times]"), SyntaxError's caret block,
// and __notes__.
#include <cstdio>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {

using namespace rt;

// =============================================================================================
// Source lines

static std::mutex g_lines_mutex;
static std::unordered_map<std::string, std::vector<std::string>> g_lines;

static const std::vector<std::string>* file_lines(const std::string& filename) {
    std::lock_guard<std::mutex> lock(g_lines_mutex);
    auto it = g_lines.find(filename);
    if (it != g_lines.end()) return &it->second;
    std::string text;
    if (filename.rfind("<frozen ", 0) == 0) {
        std::string mod = filename.substr(8, filename.size() - 9);
        const char* src = find_embedded_source(mod, nullptr, nullptr);
        if (!src) return nullptr;
        text = src;
    } else {
        std::ifstream in(filename, std::ios::binary);
        if (!in) return nullptr;
        std::ostringstream ss;
        ss << in.rdbuf();
        text = ss.str();
    }
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) {
            if (start < text.size()) lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return &g_lines.emplace(filename, std::move(lines)).first->second;
}

std::string source_line(const std::string& filename, int lineno) {
    const std::vector<std::string>* lines = file_lines(filename);
    if (!lines || lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return "";
    std::string s = (*lines)[lineno - 1];
    size_t b = s.find_first_not_of(" \t\f\r");
    size_t e = s.find_last_not_of(" \t\f\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, e - b + 1);
}

// =============================================================================================
// Formatting

static std::string str_of(Value v) {
    Value saved = take_error();
    Ref s{to_str(v)};
    std::string out;
    if (s) out = std::string(str_view(s.get()));
    else {
        clear_error();
        out = "<exception str() failed>";
    }
    restore_error(saved);
    return out;
}

static std::string exception_type_name(Value exc) {
    Type* t = type_of(exc);
    std::string qual(str_view(Value(t->qualname)));
    Value mod = type_lookup_own_module(t);
    if (mod && is_str(mod)) {
        std::string m(str_view(mod));
        if (m != "builtins" && m != "__main__") return m + "." + qual;
    }
    return qual;
}

static Value dict_attr(Value exc, const char* name) {
    Dict** d = instance_dict_slot(exc);
    return d && *d ? dict_get_cstr(*d, name) : Value{};
}

static void format_exception_only(Value exc, std::string& out) {
    std::string tname = exception_type_name(exc);
    if (isinstance_of(exc, &exc::SyntaxError)) {
        Value filename = dict_attr(exc, "filename");
        Value lineno = dict_attr(exc, "lineno");
        Value text = dict_attr(exc, "text");
        Value offset = dict_attr(exc, "offset");
        Value end_offset = dict_attr(exc, "end_offset");
        Value end_lineno = dict_attr(exc, "end_lineno");
        Value msg = dict_attr(exc, "msg");
        if (filename && lineno && is_int(lineno)) {
            std::string fn = is_str(filename) ? std::string(str_view(filename)) : "<string>";
            out += "  File \"" + fn + "\", line " + str_of(lineno) + "\n";
            if (text && is_str(text)) {
                std::string t(str_view(text));
                while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
                size_t lead = t.find_first_not_of(" \t\f");
                if (lead == std::string::npos) lead = t.size();
                std::string stripped = t.substr(lead);
                out += "    " + stripped + "\n";
                int64_t off = 0, end = 0;
                if (offset && offset.is_small_int()) off = offset.as_small_int();
                if (end_offset && end_offset.is_small_int()) end = end_offset.as_small_int();
                bool same_line = !end_lineno || is_none(end_lineno) || end_lineno == lineno;
                if (off > 0) {
                    // Offsets count characters; convert the stripped prefix to a character count.
                    Ref ts{str_from(t)};
                    int64_t lead_chars = 0;
                    {
                        Ref pre{str_from(t.substr(0, lead))};
                        lead_chars = pre.as<Str>()->length;
                    }
                    int64_t col = off - 1 - lead_chars;
                    int64_t line_len = ts.as<Str>()->length - lead_chars;
                    if (col < 0) col = 0;
                    int64_t width = 1;
                    if (same_line && end > off) width = end - off;
                    if (col > line_len) col = line_len;
                    if (col + width > line_len + 1) width = line_len + 1 - col;
                    if (width < 1) width = 1;
                    out += "    " + std::string(static_cast<size_t>(col), ' ') + std::string(static_cast<size_t>(width), '^') + "\n";
                }
            }
        }
        std::string m = msg && !is_none(msg) ? str_of(msg) : str_of(exc);
        out += tname + ": " + m + "\n";
        return;
    }
    std::string s = str_of(exc);
    if (s.empty()) out += tname + "\n";
    else out += tname + ": " + s + "\n";
    Value notes = dict_attr(exc, "__notes__");
    if (notes && is_list(notes)) {
        List* l = notes.as<List>();
        for (int64_t i = 0; i < l->size; i++) out += str_of(l->items[i]) + "\n";
    }
}

struct TbEntry {
    std::string file;
    int line;
    std::string name;
};

static void format_tb(Value tb, std::string& out) {
    std::vector<TbEntry> entries;
    for (Value t = tb; t && type_of(t) == &traceback_type; t = t.as<Traceback>()->next) {
        Traceback* tbo = t.as<Traceback>();
        Code* co = tbo->code.as<Code>();
        entries.push_back({std::string(str_view(co->filename)), tbo->lineno, std::string(str_view(co->name))});
    }
    // Like CPython's default sys.tracebacklimit (1000): only the most recent entries.
    const size_t kLimit = 1000;
    if (entries.size() > kLimit) entries.erase(entries.begin(), entries.end() - kLimit);
    const TbEntry* last = nullptr;
    int repeat = 0;
    auto flush_repeat = [&]() {
        if (repeat > 3) {
            int more = repeat - 3;
            out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
        }
    };
    for (const TbEntry& e : entries) {
        if (last && last->file == e.file && last->line == e.line && last->name == e.name) {
            repeat++;
            if (repeat > 3) continue;
        } else {
            flush_repeat();
            repeat = 1;
        }
        last = &e;
        out += "  File \"" + e.file + "\", line " + std::to_string(e.line) + ", in " + e.name + "\n";
        std::string src = source_line(e.file, e.line);
        if (!src.empty()) out += "    " + src + "\n";
    }
    flush_repeat();
}

// Exception groups print as nested boxes (PEP 654); this context carries the nesting depth,
// as CPython's traceback printer does. At depth 0 nothing is indented.
struct PrintContext {
    int depth = 0;
    bool need_close = false;
    std::set<Object*> seen;
};

static constexpr int kMaxGroupWidth = 15;
static constexpr int kMaxGroupDepth = 10;

static std::string ctx_indent(const PrintContext& ctx) { return std::string(static_cast<size_t>(2 * ctx.depth), ' '); }

// Appends `text` with every line prefixed by the context's indent and margin ("| ").
static void emit(PrintContext& ctx, std::string& out, const std::string& text, char margin = '|') {
    if (ctx.depth == 0) {
        out += text;
        return;
    }
    std::string prefix = ctx_indent(ctx) + margin + " ";
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        size_t end = nl == std::string::npos ? text.size() : nl + 1;
        out += prefix;
        out.append(text, pos, end - pos);
        pos = end;
    }
}

static void format_one(Value exc, std::string& out, PrintContext& ctx) {
    // The chain, oldest first: (message before it, exception).
    std::vector<std::pair<const char*, Value>> chain;
    Value cur = exc;
    const char* msg = nullptr;
    while (cur) {
        ctx.seen.insert(cur.as_object());
        chain.emplace_back(msg, cur);
        BaseExc* e = cur.as<BaseExc>();
        Value next = Value{};
        if (e->cause && is_exception_instance(e->cause) && !ctx.seen.count(e->cause.as_object())) {
            next = e->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context && is_exception_instance(e->context) && !e->suppress_context &&
                   !ctx.seen.count(e->context.as_object())) {
            next = e->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        cur = next;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        // The message recorded with an entry introduces the entry after it (newer).
        Value e = it->second;
        BaseExc* be = e.as<BaseExc>();
        Value group = exception_group_exceptions(e);
        std::string text;
        if (!group) {
            if (be->traceback) {
                emit(ctx, out, "Traceback (most recent call last):\n");
                text.clear();
                format_tb(be->traceback, text);
                emit(ctx, out, text);
            }
            text.clear();
            format_exception_only(e, text);
            emit(ctx, out, text);
        } else if (ctx.depth > kMaxGroupDepth) {
            emit(ctx, out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
        } else {
            bool top = ctx.depth == 0;
            if (top) ctx.depth++;
            if (be->traceback) {
                emit(ctx, out, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
                text.clear();
                format_tb(be->traceback, text);
                emit(ctx, out, text);
            }
            text.clear();
            format_exception_only(e, text);
            emit(ctx, out, text);
            Tuple* excs = group.as<Tuple>();
            int64_t num = excs->size;
            int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
            ctx.need_close = false;
            for (int64_t i = 0; i < n; i++) {
                bool last = i == n - 1;
                if (last) ctx.need_close = true;
                bool truncated = i >= kMaxGroupWidth;
                std::string title = truncated ? "..." : std::to_string(i + 1);
                out += ctx_indent(ctx) + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
                ctx.depth++;
                if (!truncated) {
                    format_one(excs->items[i], out, ctx);
                } else {
                    int64_t remaining = num - kMaxGroupWidth;
                    emit(ctx, out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && ctx.need_close) {
                    out += ctx_indent(ctx) + "+------------------------------------\n";
                    ctx.need_close = false;
                }
                ctx.depth--;
            }
            if (top) ctx.depth = 0;
        }
        if (it->first) emit(ctx, out, it->first);   // introduces the newer exception printed next
    }
}

std::string format_exception_text(Value exc) {
    std::string out;
    if (!is_exception_instance(exc)) {
        out = "TypeError: print_exception(): Exception expected for value, " + std::string(type_of(exc)->tp_name) + " found\n";
        return out;
    }
    PrintContext ctx;
    format_one(exc, out, ctx);
    return out;
}

// Writes text to sys.stderr (or fd 2 when sys.stderr is unusable).
void write_stderr(const std::string& text) {
    Value saved = take_error();
    bool done = false;
    if (g_interp && g_interp->sys_module) {
        Value err = dict_get_cstr(g_interp->sys_module->dict, "stderr");
        if (err && !is_none(err)) {
            Ref s{str_from(text)};
            Ref r{call_method1(err, "write", s.get())};
            if (r) {
                Ref fl{call_method0(err, "flush")};
                done = true;
            }
            clear_error();
        }
    }
    if (!done) {
        std::fwrite(text.data(), 1, text.size(), stderr);
        std::fflush(stderr);
    }
    restore_error(saved);
}

void print_exception_with_traceback(Value exc) { write_stderr(format_exception_text(exc)); }

}  // namespace minipy::vm
