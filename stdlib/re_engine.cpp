// re_engine.cpp — `_re`, the matching engine under the `re` module (stdlib/lib/re/).
//
// The work is split as in CPython: the Python layer (re/_parser.py) parses a pattern and compiles
// it to a flat program of ints; this file runs that program over the code points of a str (or
// the bytes of a bytes-like object). The opcodes are listed in `enum Op` below and, with the same
// numbers, at the top of re/_parser.py.
//
// The matcher is a backtracking machine (the classic design of Henry Spencer's regex package and
// of most "Perl-compatible" engines) with an explicit stack instead of C++ recursion, so a long
// input cannot overflow the C stack: `(a|b)*` over 200,000 characters only grows a std::vector.
// The stack holds two kinds of entries:
//   * choice points: "if what follows fails, resume at pc with position pos";
//   * undo records: "slot k had value v" (captures, repeat counters, lastindex). Every change to
//     the match state pushes one first, so backtracking to a choice point pops and undoes all
//     changes made after it (the "trail" of Prolog machines).
// Single-character repeats (`a*`, `[0-9]+?`, `.{2,5}`) run as one instruction that counts the
// matching characters and leaves a single resumable entry, which gives back one character per
// backtrack. Other repeats use a counter per repeat (REP_INIT / REP_LOOP / REP_INC); an iteration
// that matched the empty string ends the loop, as in CPython (only optional iterations count
// for that test: lastpos is set when one starts).
// Atomic groups, possessive repeats and lookarounds run their body as a nested match on top of
// the same stack (the C++ recursion depth is bounded by the pattern's nesting, not the input);
// when the body succeeds its choice points are discarded and its undo records kept, which is
// what "atomic" means. Lookbehind bodies have a fixed width (the parser checks it), so they are
// matched forward from pos - width.
//
// The engine touches no object while it runs: the subject's characters are read from a buffer
// that the match owns or keeps alive (an immutable str or bytes held by a reference, a decoded
// copy held by a shared_ptr, a copy of a bytearray), the program is immutable, and the working
// memory belongs to the running Matcher. So every 4096 steps it can serve the eval breaker as the
// eval loop does: give the GIL to a waiting thread (other threads keep running while one
// backtracks through a huge search) and run signal handlers (Ctrl-C stops a runaway match, as in
// CPython, whose matcher checks for signals too).
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/unicode.hpp"
#include "stdlib/stdlib.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/gil.hpp"
#include "vm/thread_state.hpp"

namespace minipy::lib {

using namespace rt;

Type re_program_type;
Type re_scanner_type;

namespace {

// Opcodes (keep in step with re/_parser.py).
enum Op : int32_t {
    FAIL = 0,
    SUCCESS = 1,
    LIT = 2,          // c
    LIT_IC = 3,       // c
    ANY = 4,          // any character but \n
    ANY_ALL = 5,
    SET = 6,          // len flags nranges (lo hi)* ncats cat*   (len counts the words after SET)
    AT = 7,           // kind
    SPLIT = 8,        // alt: try the next instruction, on failure resume at alt
    JMP = 9,          // addr
    SAVE = 10,        // slot
    GROUPREF = 11,    // group ic
    GROUP_EXISTS = 12,  // group else_addr
    REP_INIT = 13,    // id
    REP_LOOP = 14,    // id min max lazy exit_addr
    REP_INC = 15,     // id
    REPONE = 16,      // min max mode item_len item...   (mode: 0 greedy, 1 lazy, 2 possessive)
    SUB = 17,         // kind width next_addr body... SUB_END
    SUB_END = 18,
};

enum SetFlags : int32_t { kSetNegate = 1, kSetIgnoreCase = 2, kSetAsciiFold = 4 };
enum SubKind : int32_t { kAtomic = 0, kAhead = 1, kNotAhead = 2, kBehind = 3, kNotBehind = 4 };
enum AtKind : int32_t {
    kAtBegin = 0, kAtBeginLine = 1, kAtEnd = 2, kAtEndLine = 3, kAtEndString = 4,
    kAtBoundary = 5, kAtNonBoundary = 6, kAtUniBoundary = 7, kAtUniNonBoundary = 8,
};
// Categories in sets: 0..5 ASCII digit/not/space/not/word/not; +6 for the Unicode ones.
constexpr int32_t kMaxRepeat = 0x7fffffff;   // "no upper bound" (MAXREPEAT)

// The LIT_IC argument's high bit says "ASCII folding only" (bytes, re.ASCII).
constexpr int32_t kAsciiFoldBit = 0x40000000;

// --- characters -------------------------------------------------------------------------------

inline bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool ascii_word(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || ascii_digit(c) || c == '_';
}
inline bool uni_word(uint32_t c) { return c < 128 ? ascii_word(c) : unicode::is_alnum(c); }
inline bool uni_digit(uint32_t c) { return c < 128 ? ascii_digit(c) : unicode::is_decimal(c); }
inline bool uni_space(uint32_t c) {
    return c < 128 ? (ascii_space(c) || (c >= 28 && c <= 31)) : unicode::is_space(c);
}

bool category(int32_t cat, uint32_t c) {
    switch (cat) {
        case 0: return ascii_digit(c);
        case 1: return !ascii_digit(c);
        case 2: return ascii_space(c);
        case 3: return !ascii_space(c);
        case 4: return ascii_word(c);
        case 5: return !ascii_word(c);
        case 6: return uni_digit(c);
        case 7: return !uni_digit(c);
        case 8: return uni_space(c);
        case 9: return !uni_space(c);
        case 10: return uni_word(c);
        case 11: return !uni_word(c);
        default: return false;
    }
}

// Simple (one code point) case mappings.
uint32_t lower_of(uint32_t c, bool ascii_only) {
    if (c < 128 || ascii_only) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t out[3];
    int n = unicode::to_lower(c, out);
    return n >= 1 ? out[0] : c;
}
uint32_t upper_of(uint32_t c, bool ascii_only) {
    if (c < 128 || ascii_only) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t out[3];
    int n = unicode::to_upper(c, out);
    return n == 1 ? out[0] : c;
}
// Case-insensitive equivalence beyond "same simple lower case": characters that share an upper
// case with another letter (ſ and s, ı and i, ς and σ, the Greek symbol variants, the Cyrillic
// "narrow" letters of Unicode 9). Found by asking python3 which pairs `re.I` matches that lower()
// alone does not; one class per row, 0-terminated.
const uint32_t kCaseClasses[][5] = {
    {0x49, 0x69, 0x131, 0x130, 0}, {0x53, 0x73, 0x17f, 0, 0}, {0xb5, 0x39c, 0x3bc, 0, 0},
    {0x345, 0x399, 0x3b9, 0x1fbe, 0}, {0x392, 0x3b2, 0x3d0, 0, 0}, {0x395, 0x3b5, 0x3f5, 0, 0},
    {0x398, 0x3b8, 0x3d1, 0x3f4, 0}, {0x39a, 0x3ba, 0x3f0, 0, 0}, {0x3a0, 0x3c0, 0x3d6, 0, 0},
    {0x3a1, 0x3c1, 0x3f1, 0, 0}, {0x3a3, 0x3c2, 0x3c3, 0, 0}, {0x3a6, 0x3c6, 0x3d5, 0, 0},
    {0x412, 0x432, 0x1c80, 0, 0}, {0x414, 0x434, 0x1c81, 0, 0}, {0x41e, 0x43e, 0x1c82, 0, 0},
    {0x421, 0x441, 0x1c83, 0, 0}, {0x422, 0x442, 0x1c84, 0x1c85, 0}, {0x42a, 0x44a, 0x1c86, 0, 0},
    {0x462, 0x463, 0x1c87, 0, 0}, {0x1c88, 0xa64a, 0xa64b, 0, 0}, {0x1e60, 0x1e61, 0x1e9b, 0, 0},
    // Letters whose lower case is a letter with another upper case (Kelvin sign, Angstrom sign, ...).
    {0x4b, 0x6b, 0x212a, 0, 0}, {0xc5, 0xe5, 0x212b, 0, 0}, {0x3a9, 0x3c9, 0x2126, 0, 0}, {0xdf, 0x1e9e, 0, 0, 0},
};

// The row of kCaseClasses holding c, or null.
const uint32_t* case_class(uint32_t c) {
    for (const auto& row : kCaseClasses)
        for (int i = 0; i < 5 && row[i]; i++)
            if (row[i] == c) return row;
    return nullptr;
}

// The representative of c's case class: equal for exactly the characters re.I treats as equal.
uint32_t fold(uint32_t c, bool ascii_only) {
    if (c < 128 || ascii_only) return lower_of(c, true);
    uint32_t l = lower_of(c, false);
    if (l >= 0xb5) {
        const uint32_t* row = case_class(l);
        if (!row) row = case_class(c);
        if (row) return lower_of(row[0], false);
    }
    return l;
}

inline bool equal_ic(uint32_t a, uint32_t b, bool ascii_only) {
    if (a == b) return true;
    if (ascii_only || (a < 128 && b < 128)) return lower_of(a, true) == lower_of(b, true);
    return fold(a, false) == fold(b, false);
}

bool in_set_plain(const int32_t* p, uint32_t c) {
    // p points at nranges.
    int32_t nr = p[0];
    const int32_t* r = p + 1;
    for (int32_t i = 0; i < nr; i++)
        if (c >= static_cast<uint32_t>(r[2 * i]) && c <= static_cast<uint32_t>(r[2 * i + 1])) return true;
    const int32_t* cats = r + 2 * nr;
    int32_t nc = cats[0];
    for (int32_t i = 0; i < nc; i++)
        if (category(cats[1 + i], c)) return true;
    return false;
}

// p points at SET's flags word. Under IGNORECASE the set matches when any character of c's case
// class is in it.
bool in_set(const int32_t* p, uint32_t c) {
    int32_t flags = p[0];
    bool hit = in_set_plain(p + 1, c);
    if (!hit && (flags & kSetIgnoreCase)) {
        bool ascii_only = flags & kSetAsciiFold;
        if (ascii_only) {
            uint32_t lo = lower_of(c, true), up = upper_of(c, true);
            hit = (lo != c && in_set_plain(p + 1, lo)) || (up != c && in_set_plain(p + 1, up));
        } else {
            uint32_t l = lower_of(c, false);
            uint32_t t[3];
            uint32_t cand[4] = {l, upper_of(c, false), upper_of(l, false),
                                (c >= 128 && unicode::to_title(c, t) == 1) ? t[0] : c};
            for (uint32_t x : cand)
                if (x != c && in_set_plain(p + 1, x)) return !(flags & kSetNegate);
            const uint32_t* row = l >= 0x49 ? case_class(l) : nullptr;
            if (!row && c >= 0x49) row = case_class(c);
            if (!row && l == 'i') row = kCaseClasses[0];
            if (!row && l == 's') row = kCaseClasses[1];
            if (!row && l == 'k') row = kCaseClasses[21];
            if (row)
                for (int i = 0; i < 5 && row[i]; i++)
                    if (row[i] != c && in_set_plain(p + 1, row[i])) return !(flags & kSetNegate);
        }
    }
    return hit != static_cast<bool>(flags & kSetNegate);
}

// --- the program object -------------------------------------------------------------------------

using WideText = std::vector<uint32_t>;

// Strs shorter than this are decoded at every match; longer ones are cached (see Program).
constexpr int64_t kWideCacheMin = 256;

struct Program {
    std::vector<int32_t> code;
    int32_t ngroups = 0;    // capturing groups (slots = 2 * (ngroups + 1))
    int32_t nrepeats = 0;   // counters used by REP_*
    // The code points of the last long non-ASCII str this program matched, so that a loop of
    // pattern.match(s, pos) over one text (a tokenizer) decodes it once, not at every call. The
    // str is held (it is immutable, so the pointer identifies the text); the mutex makes the
    // cache safe in --no-gil mode, and the shared_ptr keeps a text alive for a match that runs
    // while another thread replaces it.
    std::mutex cache_mutex;
    Value cache_str;                            // owned, or null
    std::shared_ptr<const WideText> cache_wide;
};

struct ProgramObject : Object {
    Program* prog;
};

void program_dealloc(Object* o) {
    Program* p = static_cast<ProgramObject*>(o)->prog;
    Value held = p->cache_str;
    delete p;
    free_object_memory(o);
    decref(held);
}

// --- the subject ---------------------------------------------------------------------------------

// The characters being matched: bytes (bytes-like objects, ASCII strs) or code points.
struct Subject {
    Ref owner;                      // keeps a str/bytes alive while `narrow` points into it
    std::string copy;               // a bytearray's bytes
    std::shared_ptr<const WideText> wide;   // a non-ASCII str's code points
    const unsigned char* narrow = nullptr;
    int64_t length = 0;
    bool is_str = false;
    bool is_wide = false;
};

std::shared_ptr<const WideText> decode_str(Str* st) {
    auto w = std::make_shared<WideText>();
    w->reserve(static_cast<size_t>(st->length));
    const char* p = st->data();
    const char* e = p + st->byte_length;
    while (p < e) w->push_back(utf8_decode(p));
    return w;
}

// The code points of a non-ASCII str, through prog's one-entry cache for long exact strs.
std::shared_ptr<const WideText> wide_text(Program* prog, Value v) {
    Str* st = v.as<Str>();
    if (!prog || st->length < kWideCacheMin || !is_exact_str(v)) return decode_str(st);
    {
        std::lock_guard<std::mutex> lock(prog->cache_mutex);
        if (prog->cache_str == v) return prog->cache_wide;
    }
    std::shared_ptr<const WideText> w = decode_str(st);
    Value old;
    {
        std::lock_guard<std::mutex> lock(prog->cache_mutex);
        old = prog->cache_str;
        prog->cache_str = newref(v);
        prog->cache_wide = w;
    }
    decref(old);
    return w;
}

// kind_check: 1 = the pattern is str, 0 = bytes. TypeError as CPython when they are mixed.
bool load_subject(Value v, bool pattern_is_str, Subject* s, Program* prog) {
    if (is_str(v)) {
        if (!pattern_is_str) {
            raise(&exc::TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        Str* st = v.as<Str>();
        s->is_str = true;
        s->owner = Ref::borrow(v);
        s->length = st->length;
        if (st->ascii) {
            s->narrow = reinterpret_cast<const unsigned char*>(st->data());
        } else {
            s->is_wide = true;
            s->wide = wide_text(prog, v);
        }
        return true;
    }
    std::string_view view;
    if (is_bytes(v) || is_bytearray(v)) {
        if (pattern_is_str) {
            raise(&exc::TypeError, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        if (is_bytes(v)) {
            s->owner = Ref::borrow(v);
            view = v.as<Bytes>()->view();
        } else {
            ObjectLock lock(v.as_object());
            s->copy.assign(v.as<ByteArray>()->view());
            view = s->copy;
        }
        s->narrow = reinterpret_cast<const unsigned char*>(view.data());
        s->length = static_cast<int64_t>(view.size());
        return true;
    }
    if (bytes_like_view(v, &view)) {
        if (pattern_is_str) {
            raise(&exc::TypeError, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        s->copy.assign(view);
        s->narrow = reinterpret_cast<const unsigned char*>(s->copy.data());
        s->length = static_cast<int64_t>(s->copy.size());
        return true;
    }
    clear_error();
    raise(&exc::TypeError, "expected string or bytes-like object, got '%s'", type_of(v)->tp_name);
    return false;
}

// --- the matcher -------------------------------------------------------------------------------------

enum EntryKind : int32_t { kChoice, kUndoSlot, kUndoCount, kUndoLast, kRepOneGreedy, kRepOneLazy };

struct Entry {
    int32_t kind;
    int32_t pc;      // choice / repone: where to resume; undo: the slot or counter index
    int64_t a;       // choice: position; undo: old value; repone: start position
    int64_t b;       // undo count: old lastpos; repone: count
};

// The matcher's working memory, kept per thread between matches so that finditer/sub over many
// small matches do not allocate each time. A Matcher takes the vectors for its lifetime and puts
// them back at the end, so a match that starts while another is suspended on the same thread (a
// signal handler run from maybe_yield() may use re) simply allocates its own.
struct Scratch {
    std::vector<int64_t> slots;
    std::vector<int64_t> count;
    std::vector<int64_t> lastpos;
    std::vector<Entry> stack;
};
thread_local Scratch t_scratch;

template <class Ch>
class Matcher {
public:
    Matcher(const Program& p, const Ch* s, int64_t end)
        : m_code(p.code.data()), m_s(s), m_end(end), m_slots(std::move(t_scratch.slots)),
          m_count(std::move(t_scratch.count)), m_lastpos(std::move(t_scratch.lastpos)),
          m_stack(std::move(t_scratch.stack)) {
        m_slots.assign(static_cast<size_t>(2 * (p.ngroups + 1)), -1);
        m_count.assign(static_cast<size_t>(p.nrepeats), 0);
        m_lastpos.assign(static_cast<size_t>(p.nrepeats), -1);
    }
    ~Matcher() {
        // Keep the memory for the next match, unless a backtrack was unusually deep.
        if (m_stack.capacity() > (1u << 16)) std::vector<Entry>().swap(m_stack);
        t_scratch.slots = std::move(m_slots);
        t_scratch.count = std::move(m_count);
        t_scratch.lastpos = std::move(m_lastpos);
        t_scratch.stack = std::move(m_stack);
    }
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    // A signal handler raised (or an asynchronous exception arrived) during the match: the
    // exception is set and the match is abandoned.
    bool error() const { return m_error; }

    // Tries a match starting exactly at `start`. On success the spans are in slots().
    bool match_at(int64_t start, bool full, bool must_advance) {
        m_stack.clear();
        std::fill(m_slots.begin(), m_slots.end(), -1);
        m_lastindex = -1;
        m_full = full;
        m_must_advance = must_advance;
        m_start = start;
        int64_t endpos = 0;
        if (!run(0, start, &endpos)) return false;
        m_slots[0] = start;
        m_slots[1] = endpos;
        return true;
    }

    const std::vector<int64_t>& slots() const { return m_slots; }
    int64_t lastindex() const { return m_lastindex; }

private:
    const int32_t* m_code;
    const Ch* m_s;
    int64_t m_end;
    std::vector<int64_t> m_slots;
    std::vector<int64_t> m_count;
    std::vector<int64_t> m_lastpos;
    std::vector<Entry> m_stack;
    int64_t m_lastindex = -1;
    uint32_t m_steps = 0;
    bool m_error = false;
    bool m_full = false;
    bool m_must_advance = false;
    int64_t m_start = 0;

    void push_choice(int32_t pc, int64_t pos) { m_stack.push_back({kChoice, pc, pos, 0}); }
    void set_slot(int32_t k, int64_t v) {
        m_stack.push_back({kUndoSlot, k, m_slots[static_cast<size_t>(k)], 0});
        m_slots[static_cast<size_t>(k)] = v;
    }
    void set_count(int32_t id, int64_t count, int64_t lastpos) {
        m_stack.push_back({kUndoCount, id, m_count[static_cast<size_t>(id)], m_lastpos[static_cast<size_t>(id)]});
        m_count[static_cast<size_t>(id)] = count;
        m_lastpos[static_cast<size_t>(id)] = lastpos;
    }
    void set_lastindex(int64_t v) {
        m_stack.push_back({kUndoLast, 0, m_lastindex, 0});
        m_lastindex = v;
    }

    // One character-class instruction at pc against the character at pos (pos < m_end).
    bool char_ok(const int32_t* ins, uint32_t c) const {
        switch (ins[0]) {
            case LIT: return c == static_cast<uint32_t>(ins[1]);
            case LIT_IC: {
                bool ascii_only = ins[1] & kAsciiFoldBit;
                return equal_ic(c, static_cast<uint32_t>(ins[1] & ~kAsciiFoldBit), ascii_only);
            }
            case ANY: return c != '\n';
            case ANY_ALL: return true;
            case SET: return in_set(ins + 2, c);
            default: return false;
        }
    }

    bool is_word_at(int64_t i, bool uni) const {
        if (i < 0 || i >= m_end) return false;
        uint32_t c = m_s[i];
        return uni ? uni_word(c) : ascii_word(c);
    }

    bool at(int32_t kind, int64_t pos) const {
        switch (kind) {
            case kAtBegin: return pos == 0;
            case kAtBeginLine: return pos == 0 || m_s[pos - 1] == '\n';
            case kAtEnd: return pos == m_end || (pos == m_end - 1 && m_s[pos] == '\n');
            case kAtEndLine: return pos == m_end || m_s[pos] == '\n';
            case kAtEndString: return pos == m_end;
            case kAtBoundary:
            case kAtUniBoundary: {
                if (m_end == 0) return false;
                bool uni = kind == kAtUniBoundary;
                return is_word_at(pos - 1, uni) != is_word_at(pos, uni);
            }
            case kAtNonBoundary:
            case kAtUniNonBoundary: {
                if (m_end == 0) return false;
                bool uni = kind == kAtUniNonBoundary;
                return is_word_at(pos - 1, uni) == is_word_at(pos, uni);
            }
            default: return false;
        }
    }

    // Pops entries down to `base`, undoing records, until a choice point is found: sets pc/pos
    // and returns true; false when the stack is back at base (the match from here failed).
    bool backtrack(size_t base, int32_t* pc, int64_t* pos) {
        while (m_stack.size() > base) {
            Entry& e = m_stack.back();
            switch (e.kind) {
                case kChoice:
                    *pc = e.pc;
                    *pos = e.a;
                    m_stack.pop_back();
                    return true;
                case kUndoSlot:
                    m_slots[static_cast<size_t>(e.pc)] = e.a;
                    break;
                case kUndoCount:
                    m_count[static_cast<size_t>(e.pc)] = e.a;
                    m_lastpos[static_cast<size_t>(e.pc)] = e.b;
                    break;
                case kUndoLast:
                    m_lastindex = e.a;
                    break;
                case kRepOneGreedy: {
                    // Give back one character.
                    const int32_t* ins = m_code + e.pc;
                    int64_t n = e.b - 1;
                    if (n < ins[1]) break;
                    int32_t next = e.pc + 5 + ins[4];
                    int64_t p = e.a + n;
                    // Skip positions where a literal that follows cannot match.
                    if (m_code[next] == LIT) {
                        uint32_t want = static_cast<uint32_t>(m_code[next + 1]);
                        while (n >= ins[1] && (p >= m_end || m_s[p] != want)) {
                            n--;
                            p--;
                        }
                        if (n < ins[1]) break;
                    }
                    e.b = n;
                    *pc = next;
                    *pos = p;
                    return true;
                }
                case kRepOneLazy: {
                    // Take one more character.
                    const int32_t* ins = m_code + e.pc;
                    int64_t n = e.b;
                    int64_t p = e.a + n;
                    int32_t max = ins[2];
                    if ((max != kMaxRepeat && n >= max) || p >= m_end || !char_ok(ins + 5, m_s[p])) break;
                    e.b = n + 1;
                    *pc = e.pc + 5 + ins[4];
                    *pos = p + 1;
                    return true;
                }
            }
            m_stack.pop_back();
        }
        return false;
    }

    // Every 4096 instructions, the eval breaker's requests are served as the eval loop serves
    // them: the GIL goes to a waiting thread, signal handlers run (so Ctrl-C stops a runaway
    // match), an asynchronous exception is raised. The matcher holds no pointer into anything
    // that Python code run meanwhile could change or free (see the file's note).
    void maybe_yield() {
        vm::ThreadState* ts = vm::current_vm_thread();
        if (ts && ts->eval_breaker.load(std::memory_order_relaxed) && !vm::handle_eval_breaker(ts)) m_error = true;
    }

    // Runs the program from pc at pos until SUCCESS (main program) or SUB_END (a nested body);
    // on success stores the end position. Entries pushed above the stack height at entry belong
    // to this run; on failure they are all popped (and undone).
    bool run(int32_t pc, int64_t pos, int64_t* out_end) {
        const size_t base = m_stack.size();
        const int32_t* code = m_code;
        for (;;) {
            if ((++m_steps & 0xfff) == 0) {
                maybe_yield();
                if (m_error) return false;
            }
            const int32_t* ins = code + pc;
            bool ok = true;
            switch (ins[0]) {
                case FAIL:
                    ok = false;
                    break;
                case SUCCESS:
                    if ((m_full && pos != m_end) || (m_must_advance && pos == m_start)) {
                        ok = false;
                        break;
                    }
                    *out_end = pos;
                    return true;
                case SUB_END:
                    *out_end = pos;
                    return true;
                case LIT:
                    if (pos < m_end && m_s[pos] == static_cast<uint32_t>(ins[1])) {
                        pos++;
                        pc += 2;
                    } else {
                        ok = false;
                    }
                    break;
                case LIT_IC:
                case ANY:
                case ANY_ALL:
                    if (pos < m_end && char_ok(ins, m_s[pos])) {
                        pos++;
                        pc += ins[0] == LIT_IC ? 2 : 1;
                    } else {
                        ok = false;
                    }
                    break;
                case SET:
                    if (pos < m_end && in_set(ins + 2, m_s[pos])) {
                        pos++;
                        pc += 2 + ins[1];
                    } else {
                        ok = false;
                    }
                    break;
                case AT:
                    if (at(ins[1], pos)) pc += 2;
                    else ok = false;
                    break;
                case SPLIT:
                    push_choice(ins[1], pos);
                    pc += 2;
                    break;
                case JMP:
                    pc = ins[1];
                    break;
                case SAVE: {
                    set_slot(ins[1], pos);
                    if (ins[1] & 1) set_lastindex(ins[1] / 2);
                    pc += 2;
                    break;
                }
                case GROUPREF: {
                    int64_t gs = m_slots[static_cast<size_t>(2 * ins[1])];
                    int64_t ge = m_slots[static_cast<size_t>(2 * ins[1] + 1)];
                    if (gs < 0 || ge < 0 || ge < gs) {
                        ok = false;
                        break;
                    }
                    int64_t n = ge - gs;
                    if (pos + n > m_end) {
                        ok = false;
                        break;
                    }
                    int32_t ic = ins[2];
                    for (int64_t i = 0; i < n && ok; i++) {
                        uint32_t a = m_s[gs + i], b = m_s[pos + i];
                        ok = ic ? equal_ic(a, b, ic == 2) : a == b;
                    }
                    if (ok) {
                        pos += n;
                        pc += 3;
                    }
                    break;
                }
                case GROUP_EXISTS: {
                    int64_t gs = m_slots[static_cast<size_t>(2 * ins[1])];
                    int64_t ge = m_slots[static_cast<size_t>(2 * ins[1] + 1)];
                    pc = (gs >= 0 && ge >= 0) ? pc + 3 : ins[2];
                    break;
                }
                case REP_INIT:
                    set_count(ins[1], 0, -1);
                    pc += 2;
                    break;
                case REP_LOOP: {
                    // id min max lazy exit
                    size_t id = static_cast<size_t>(ins[1]);
                    int64_t c = m_count[id];
                    int32_t min = ins[2], max = ins[3];
                    if (c < min) {
                        // A required iteration: counted, but it does not move lastpos, so the
                        // first optional iteration is always tried (as CPython does).
                        set_count(ins[1], c + 1, m_lastpos[id]);
                        pc += 8;
                    } else if ((max != kMaxRepeat && c >= max) || m_lastpos[id] == pos) {
                        pc = ins[5];
                    } else if (ins[4]) {
                        push_choice(pc + 6, pos);
                        pc = ins[5];
                    } else {
                        push_choice(ins[5], pos);
                        pc += 6;
                    }
                    break;
                }
                case REP_INC: {
                    size_t id = static_cast<size_t>(ins[1]);
                    set_count(ins[1], m_count[id] + 1, pos);
                    pc += 2;
                    break;
                }
                case REPONE: {
                    // min max mode item_len item...
                    int32_t min = ins[1], max = ins[2], mode = ins[3];
                    const int32_t* item = ins + 5;
                    int32_t next = pc + 5 + ins[4];
                    int64_t limit = m_end - pos;
                    if (max != kMaxRepeat && max < limit) limit = max;
                    if (mode == 1) {
                        int64_t n = 0;
                        while (n < min && n < limit && char_ok(item, m_s[pos + n])) n++;
                        if (n < min) {
                            ok = false;
                            break;
                        }
                        m_stack.push_back({kRepOneLazy, pc, pos, n});
                        pos += n;
                        pc = next;
                        break;
                    }
                    int64_t n = 0;
                    switch (item[0]) {
                        case ANY_ALL: n = limit; break;
                        case LIT: {
                            uint32_t want = static_cast<uint32_t>(item[1]);
                            while (n < limit && m_s[pos + n] == want) n++;
                            break;
                        }
                        default:
                            while (n < limit && char_ok(item, m_s[pos + n])) n++;
                    }
                    if (n < min) {
                        ok = false;
                        break;
                    }
                    if (mode == 0 && n > min) m_stack.push_back({kRepOneGreedy, pc, pos, n});
                    pos += n;
                    pc = next;
                    break;
                }
                case SUB: {
                    // kind width next body...
                    int32_t kind = ins[1];
                    int64_t sub_start = pos;
                    if (kind == kBehind || kind == kNotBehind) {
                        sub_start = pos - ins[2];
                    }
                    bool matched = false;
                    int64_t sub_end = 0;
                    size_t mark = m_stack.size();
                    if (sub_start >= 0) matched = run(pc + 4, sub_start, &sub_end);
                    if (m_error) return false;
                    bool negative = kind == kNotAhead || kind == kNotBehind;
                    if (matched) {
                        if (negative) {
                            // Undo what the body did, then fail.
                            int32_t dpc;
                            int64_t dpos;
                            while (backtrack(mark, &dpc, &dpos)) {}
                            ok = false;
                            break;
                        }
                        // Keep the body's undo records, drop its choice points.
                        size_t w = mark;
                        for (size_t r = mark; r < m_stack.size(); r++) {
                            int32_t k = m_stack[r].kind;
                            if (k == kUndoSlot || k == kUndoCount || k == kUndoLast) m_stack[w++] = m_stack[r];
                        }
                        m_stack.resize(w);
                        if (kind == kAtomic) pos = sub_end;
                    } else {
                        m_stack.resize(mark);
                        if (!negative) {
                            ok = false;
                            break;
                        }
                    }
                    pc = ins[3];
                    break;
                }
                default:
                    ok = false;
                    break;
            }
            if (!ok && !backtrack(base, &pc, &pos)) return false;
        }
    }
};

// --- running a program over a subject ----------------------------------------------------------

// mode: 0 match, 1 fullmatch, 2 search.
template <class Ch>
bool run_search(const Program& prog, const Ch* s, int64_t pos, int64_t end, int mode, bool must_advance,
                std::vector<int64_t>* slots, int64_t* lastindex) {
    Matcher<Ch> m(prog, s, end);
    if (mode != 2) {
        if (!m.match_at(pos, mode == 1, must_advance)) return false;   // error: set by the matcher
        *slots = m.slots();
        *lastindex = m.lastindex();
        return true;
    }
    const int32_t* code = prog.code.data();
    bool first_lit = code[0] == LIT;
    uint32_t lit = first_lit ? static_cast<uint32_t>(code[1]) : 0;
    bool anchored = code[0] == AT && code[1] == kAtBegin;
    for (int64_t start = pos; start <= end; start++) {
        if (first_lit) {
            while (start < end && s[start] != lit) start++;
            if (start >= end) return false;
        }
        if (m.match_at(start, false, must_advance && start == pos)) {
            *slots = m.slots();
            *lastindex = m.lastindex();
            return true;
        }
        if (anchored || m.error()) return false;
    }
    return false;
}

bool run_program(const Program& prog, const Subject& sub, int64_t pos, int64_t end, int mode, bool must_advance,
                 std::vector<int64_t>* slots, int64_t* lastindex) {
    if (sub.is_wide) return run_search<uint32_t>(prog, sub.wide->data(), pos, end, mode, must_advance, slots, lastindex);
    return run_search<unsigned char>(prog, sub.narrow, pos, end, mode, must_advance, slots, lastindex);
}

// (start0, end0, start1, end1, ..., lastindex)
Value result_tuple(const std::vector<int64_t>& slots, int64_t lastindex) {
    Tuple* t = tuple_new(static_cast<int64_t>(slots.size()) + 1);
    if (!t) return Value{};
    Ref r{Value(t)};
    for (size_t i = 0; i < slots.size(); i++) {
        Value v = int_from_i64(slots[i]);
        if (!v) return Value{};
        t->items[i] = v;
    }
    Value v = int_from_i64(lastindex);
    if (!v) return Value{};
    t->items[slots.size()] = v;
    return r.release();
}

bool index_arg(Value v, int64_t* out) {
    if (!int_to_i64(v, out)) return false;
    return true;
}

// Clamps pos/endpos as CPython does.
void clamp(int64_t length, int64_t* pos, int64_t* endpos) {
    if (*pos < 0) *pos = 0;
    if (*pos > length) *pos = length;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > length) *endpos = length;
}

// _re.compile(code, ngroups, nrepeats)
Value re_compile(const Value* args) {
    Value code = args[0];
    if (!is_list(code)) return raise(&exc::TypeError, "code must be a list");
    int64_t ngroups, nrepeats;
    if (!index_arg(args[1], &ngroups) || !index_arg(args[2], &nrepeats)) return Value{};
    auto* prog = new Program();
    List* l = code.as<List>();
    prog->code.reserve(static_cast<size_t>(l->size) + 1);
    for (int64_t i = 0; i < l->size; i++) {
        int64_t w;
        if (!int_to_i64(l->items[i], &w)) {
            delete prog;
            return Value{};
        }
        prog->code.push_back(static_cast<int32_t>(w));
    }
    prog->code.push_back(FAIL);
    prog->ngroups = static_cast<int32_t>(ngroups);
    prog->nrepeats = static_cast<int32_t>(nrepeats);
    ProgramObject* o = alloc<ProgramObject>(&re_program_type);
    if (!o) {
        delete prog;
        return raise_no_memory();
    }
    o->prog = prog;
    return Value(o);
}

Program* program_arg(Value v) {
    if (type_of(v) != &re_program_type) {
        raise(&exc::TypeError, "expected a compiled program");
        return nullptr;
    }
    return v.as<ProgramObject>()->prog;
}

// _re.match(program, is_str, string, pos, endpos, mode) -> tuple of spans or None
Value re_match(const Value* args) {
    Program* prog = program_arg(args[0]);
    if (!prog) return Value{};
    Subject sub;
    if (!load_subject(args[2], truthy(args[1]) == 1, &sub, prog)) return Value{};
    int64_t pos, endpos, mode;
    if (!index_arg(args[3], &pos) || !index_arg(args[4], &endpos) || !index_arg(args[5], &mode)) return Value{};
    clamp(sub.length, &pos, &endpos);
    if (endpos < pos) return newref(none());
    std::vector<int64_t> slots;
    int64_t lastindex = -1;
    if (!run_program(*prog, sub, pos, endpos, static_cast<int>(mode), false, &slots, &lastindex))
        return has_error() ? Value{} : newref(none());
    return result_tuple(slots, lastindex);
}

// --- scanner: successive matches over one subject (finditer, findall, sub, split) ---------------

struct ScannerObject : Object {
    Value program;      // owned
    Subject* subject;
    int64_t pos;
    int64_t endpos;
    bool must_advance;  // the previous match was empty at pos
    bool done;
};

void scanner_dealloc(Object* o) {
    auto* s = static_cast<ScannerObject*>(o);
    decref(s->program);
    delete s->subject;
    free_object_memory(o);
}

// _re.scanner(program, is_str, string, pos, endpos)
Value re_scanner(const Value* args) {
    if (!program_arg(args[0])) return Value{};
    auto* sub = new Subject();
    if (!load_subject(args[2], truthy(args[1]) == 1, sub, args[0].as<ProgramObject>()->prog)) {
        delete sub;
        return Value{};
    }
    int64_t pos, endpos;
    if (!index_arg(args[3], &pos) || !index_arg(args[4], &endpos)) {
        delete sub;
        return Value{};
    }
    clamp(sub->length, &pos, &endpos);
    ScannerObject* o = alloc<ScannerObject>(&re_scanner_type);
    if (!o) {
        delete sub;
        return raise_no_memory();
    }
    o->program = newref(args[0]);
    o->subject = sub;
    o->pos = pos;
    o->endpos = endpos;
    o->must_advance = false;
    o->done = endpos < pos;
    return Value(o);
}

// scanner.search() -> the next match's tuple, or None when there are no more.
Value scanner_search(const Value* args) {
    auto* s = args[0].as<ScannerObject>();
    if (s->done) return newref(none());
    Program* prog = s->program.as<ProgramObject>()->prog;
    std::vector<int64_t> slots;
    int64_t lastindex = -1;
    if (!run_program(*prog, *s->subject, s->pos, s->endpos, 2, s->must_advance, &slots, &lastindex)) {
        if (has_error()) return Value{};
        s->done = true;
        return newref(none());
    }
    s->must_advance = slots[1] == slots[0];
    s->pos = slots[1];
    return result_tuple(slots, lastindex);
}

// The text of subject[start:end]: a str for str subjects, else a bytes (also for a bytearray,
// as CPython's findall gives).
Value subject_piece(Value string, const Subject& sub, int64_t start, int64_t end) {
    if (start < 0 || end < 0) return sub.is_str ? str_empty() : bytes_empty();
    if (sub.is_str) {
        if (start == 0 && end == sub.length && is_exact_str(string)) return newref(string);
        return str_slice(string.as<Str>(), start, end);
    }
    return bytes_from(std::string_view(reinterpret_cast<const char*>(sub.narrow) + start,
                                       static_cast<size_t>(end - start)));
}

// _re.findall(program, is_str, string, pos, endpos) -> list: the whole matches, the only group,
// or tuples of all groups (unmatched groups give an empty string), as Pattern.findall.
Value re_findall(const Value* args) {
    Program* prog = program_arg(args[0]);
    if (!prog) return Value{};
    Subject sub;
    if (!load_subject(args[2], truthy(args[1]) == 1, &sub, prog)) return Value{};
    int64_t pos, endpos;
    if (!index_arg(args[3], &pos) || !index_arg(args[4], &endpos)) return Value{};
    clamp(sub.length, &pos, &endpos);
    Ref out{list_new(0)};
    if (!out) return Value{};
    std::vector<int64_t> slots;
    int64_t lastindex = -1;
    bool must_advance = false;
    int32_t ngroups = prog->ngroups;
    while (pos <= endpos &&
           run_program(*prog, sub, pos, endpos, 2, must_advance, &slots, &lastindex)) {
        Ref item;
        if (ngroups <= 1) {
            int k = ngroups == 0 ? 0 : 2;
            item = Ref{subject_piece(args[2], sub, slots[static_cast<size_t>(k)], slots[static_cast<size_t>(k + 1)])};
        } else {
            Tuple* t = tuple_new(ngroups);
            if (!t) return Value{};
            item = Ref{Value(t)};
            for (int32_t g = 1; g <= ngroups; g++) {
                Value v = subject_piece(args[2], sub, slots[static_cast<size_t>(2 * g)], slots[static_cast<size_t>(2 * g + 1)]);
                if (!v) return Value{};
                t->items[g - 1] = v;
            }
        }
        if (!item || !list_append(out.get(), item.get())) return has_error() ? Value{} : raise_no_memory();
        must_advance = slots[1] == slots[0];
        pos = slots[1];
    }
    if (has_error()) return Value{};
    return out.release();
}

// Appends subject[start:end] (code points) to out as UTF-8 or bytes.
void append_piece(std::string& out, Value string, const Subject& sub, int64_t start, int64_t end) {
    if (start < 0 || end < 0 || end <= start) return;
    if (sub.is_str && sub.is_wide) {
        Str* st = string.as<Str>();
        int64_t b0 = str_byte_offset(st, start), b1 = str_byte_offset(st, end);
        out.append(st->data() + b0, static_cast<size_t>(b1 - b0));
        return;
    }
    out.append(reinterpret_cast<const char*>(sub.narrow) + start, static_cast<size_t>(end - start));
}

// _re.sub(program, is_str, string, parts, count) -> (new_string, n): re.sub with a template
// already split into literal pieces (str or bytes) and group numbers (ints).
Value re_sub(const Value* args) {
    Program* prog = program_arg(args[0]);
    if (!prog) return Value{};
    bool pattern_is_str = truthy(args[1]) == 1;
    Subject sub;
    if (!load_subject(args[2], pattern_is_str, &sub, prog)) return Value{};
    if (!is_list(args[3])) return raise(&exc::TypeError, "parts must be a list");
    int64_t count;
    if (!index_arg(args[4], &count)) return Value{};
    List* parts = args[3].as<List>();
    std::string out;
    std::vector<int64_t> slots;
    int64_t lastindex = -1, pos = 0, last = 0, n = 0;
    bool must_advance = false;
    while ((count <= 0 || n < count) && pos <= sub.length &&
           run_program(*prog, sub, pos, sub.length, 2, must_advance, &slots, &lastindex)) {
        append_piece(out, args[2], sub, last, slots[0]);
        for (int64_t i = 0; i < parts->size; i++) {
            Value p = parts->items[i];
            if (is_str(p)) {
                out.append(str_view(p));
            } else if (is_bytes(p)) {
                out.append(p.as<Bytes>()->view());
            } else {
                int64_t g;
                if (!int_to_i64(p, &g)) return Value{};
                if (g < 0 || g > prog->ngroups) return raise(&exc::IndexError, "no such group");
                append_piece(out, args[2], sub, slots[static_cast<size_t>(2 * g)], slots[static_cast<size_t>(2 * g + 1)]);
            }
        }
        last = slots[1];
        must_advance = slots[1] == slots[0];
        pos = slots[1];
        n++;
    }
    if (has_error()) return Value{};
    if (n == 0 && (is_exact_str(args[2]) || is_exact_bytes(args[2]))) {
        Ref count_obj{int_from_i64(0)};
        return tuple_pack({args[2], count_obj.get()});
    }
    append_piece(out, args[2], sub, last, sub.length);
    Ref result{sub.is_str ? str_from(out) : bytes_from(out)};
    if (!result) return Value{};
    Ref count_obj{int_from_i64(n)};
    if (!count_obj) return Value{};
    return tuple_pack({result.get(), count_obj.get()});
}

const NativeDef scanner_methods[] = {
    {"search(self)", scanner_search},
    {nullptr},
};

const NativeDef re_defs[] = {
    {"compile(code, ngroups, nrepeats, /)", re_compile},
    {"match(program, is_str, string, pos, endpos, mode, /)", re_match},
    {"scanner(program, is_str, string, pos, endpos, /)", re_scanner},
    {"findall(program, is_str, string, pos, endpos, /)", re_findall},
    {"sub(program, is_str, string, parts, count, /)", re_sub},
    {nullptr},
};

}  // namespace

Module* init_re_module() {
    static bool ready = false;
    if (!ready) {
        init_static_type(&re_program_type, "_re.Program", &object_type, sizeof(ProgramObject), 0);
        re_program_type.dealloc = program_dealloc;
        finalize_type(&re_program_type);
        init_static_type(&re_scanner_type, "_re.Scanner", &object_type, sizeof(ScannerObject), 0);
        re_scanner_type.dealloc = scanner_dealloc;
        add_methods(&re_scanner_type, scanner_methods);
        finalize_type(&re_scanner_type);
        ready = true;
    }
    Module* m = module_new_cstr("_re");
    if (!m) return nullptr;
    module_add_functions(m, re_defs);
    module_add_owned(m, "MAXREPEAT", int_from_i64(kMaxRepeat));
    module_add_owned(m, "MAXGROUPS", int_from_i64(0x3fffffff));
    return m;
}

}  // namespace minipy::lib
