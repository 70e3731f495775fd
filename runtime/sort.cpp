// sort.cpp — a stable merge sort over runs (a simplified timsort).
//
// Design note
// ===========
// list.sort() must be stable, O(n log n), and must survive comparisons that raise: Python's `<`
// can run arbitrary code. The algorithm follows the outline of Tim Peters' timsort as described in
// CPython's Objects/listsort.txt, without galloping mode:
//
//   1. Walk the array left to right finding *runs*: maximal ascending stretches (a[i] <= a[i+1])
//      or strictly descending ones (a[i] > a[i+1]), which are reversed in place (strictness keeps
//      the reversal stable). A run shorter than `minrun` (32..64, chosen so n/minrun is a power of
//      two or just below one) is extended with binary insertion sort.
//   2. Push each run on a stack and merge neighbours while the run lengths break the invariants
//      len[-3] > len[-2] + len[-1] and len[-2] > len[-1] (the corrected rule of listsort.txt), so
//      merges stay balanced and the stack stays O(log n) deep. At the end merge everything.
//   3. A merge first trims what is already in place with two binary searches (the prefix of the
//      left run <= the right run's first item, the suffix of the right run >= the left run's last
//      item), then copies the shorter run to a buffer and merges from that end.
//
// Stability: a right-run item moves before a left-run item only when strictly less.
// Errors: every step moves items only by whole swaps/shifts or through the merge buffer; when a
// comparison fails mid-merge, the unmerged buffer items are copied back into the gap, which is
// exactly their size, so the arrays always hold a permutation of the input.
#include "sort.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "float.hpp"
#include "ops.hpp"
#include "str.hpp"
#include "type.hpp"

namespace minipy::rt {

namespace {

thread_local int64_t t_comparisons = 0;

// a < b: 1 true, 0 false, -1 error.
int less_than(Value a, Value b) {
    t_comparisons++;
    if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
    if (is_exact_str(a) && is_exact_str(b)) {
        // UTF-8 byte order is code-point order, which is how str compares.
        return str_view(a) < str_view(b);
    }
    if (is_exact_float(a) && is_exact_float(b)) return float_value(a) < float_value(b);
    return compare_bool(a, b, CompareOp::Lt);
}

// The arrays being sorted: keys (compared) and, optionally, the items that move with them.
class Sorter {
public:
    Sorter(Value* keys, Value* items) : m_keys(keys), m_items(items) {}

    bool sort(int64_t n);

private:
    struct Run {
        int64_t base, len;
    };

    Value* m_keys;
    Value* m_items;   // null when the keys are the items
    std::vector<Value> m_tmp_keys, m_tmp_items;
    std::vector<Run> m_runs;

    void reverse(int64_t lo, int64_t hi) {
        std::reverse(m_keys + lo, m_keys + hi);
        if (m_items) std::reverse(m_items + lo, m_items + hi);
    }
    int64_t count_run(int64_t lo, int64_t hi);
    bool binary_insertion(int64_t lo, int64_t hi, int64_t start);
    bool merge_at(size_t i);
    bool merge_collapse();
    bool merge_force();
    bool merge_lo(int64_t a, int64_t na, int64_t b, int64_t nb);
    bool merge_hi(int64_t a, int64_t na, int64_t b, int64_t nb);
    void save(int64_t from, int64_t n) {
        m_tmp_keys.assign(m_keys + from, m_keys + from + n);
        if (m_items) m_tmp_items.assign(m_items + from, m_items + from + n);
    }
    void put(int64_t dest, int64_t src) {   // array position src -> dest
        m_keys[dest] = m_keys[src];
        if (m_items) m_items[dest] = m_items[src];
    }
    void put_tmp(int64_t dest, int64_t t) {   // buffer position t -> array position dest
        m_keys[dest] = m_tmp_keys[t];
        if (m_items) m_items[dest] = m_tmp_items[t];
    }
};

int64_t min_run_length(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Length of the run starting at lo (reversing a strictly descending one); -1 on error.
int64_t Sorter::count_run(int64_t lo, int64_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    int c = less_than(m_keys[lo + 1], m_keys[lo]);
    if (c < 0) return -1;
    int64_t n = 2;
    if (c) {   // strictly descending
        while (lo + n < hi) {
            c = less_than(m_keys[lo + n], m_keys[lo + n - 1]);
            if (c < 0) return -1;
            if (!c) break;
            n++;
        }
        reverse(lo, lo + n);
    } else {
        while (lo + n < hi) {
            c = less_than(m_keys[lo + n], m_keys[lo + n - 1]);
            if (c < 0) return -1;
            if (c) break;
            n++;
        }
    }
    return n;
}

// [lo, start) is sorted; insert each of [start, hi) into place (after equal keys: stable).
bool Sorter::binary_insertion(int64_t lo, int64_t hi, int64_t start) {
    for (int64_t i = start; i < hi; i++) {
        Value pivot = m_keys[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + (r - l) / 2;
            int c = less_than(pivot, m_keys[m]);
            if (c < 0) return false;
            if (c) r = m;
            else l = m + 1;
        }
        if (l == i) continue;
        Value pivot_item = m_items ? m_items[i] : Value{};
        std::memmove(static_cast<void*>(m_keys + l + 1), m_keys + l, static_cast<size_t>(i - l) * sizeof(Value));
        m_keys[l] = pivot;
        if (m_items) {
            std::memmove(static_cast<void*>(m_items + l + 1), m_items + l, static_cast<size_t>(i - l) * sizeof(Value));
            m_items[l] = pivot_item;
        }
    }
    return true;
}

// Merges [a, a+na) and [b, b+nb) (b == a+na), buffering the left run; na <= nb.
bool Sorter::merge_lo(int64_t a, int64_t na, int64_t b, int64_t nb) {
    save(a, na);
    int64_t dest = a, i = 0, j = b, end = b + nb;
    bool ok = true;
    while (i < na && j < end) {
        int c = less_than(m_keys[j], m_tmp_keys[i]);
        if (c < 0) {
            ok = false;
            break;
        }
        if (c) put(dest++, j++);
        else put_tmp(dest++, i++);
    }
    // Whatever is left in the buffer fills the gap [dest, j), which has exactly that size.
    while (i < na) put_tmp(dest++, i++);
    return ok;
}

// Merges [a, a+na) and [b, b+nb) (b == a+na), buffering the right run, from the end; nb < na.
bool Sorter::merge_hi(int64_t a, int64_t na, int64_t b, int64_t nb) {
    save(b, nb);
    int64_t dest = b + nb - 1, i = a + na - 1, j = nb - 1;
    bool ok = true;
    while (i >= a && j >= 0) {
        int c = less_than(m_tmp_keys[j], m_keys[i]);
        if (c < 0) {
            ok = false;
            break;
        }
        if (c) put(dest--, i--);
        else put_tmp(dest--, j--);
    }
    while (j >= 0) put_tmp(dest--, j--);
    return ok;
}

bool Sorter::merge_at(size_t k) {
    Run& ra = m_runs[k];
    Run rb = m_runs[k + 1];
    int64_t a = ra.base, na = ra.len, b = rb.base, nb = rb.len;
    ra.len = na + nb;
    m_runs.erase(m_runs.begin() + static_cast<std::ptrdiff_t>(k) + 1);

    // Items of the left run <= b[0] are already in place.
    int64_t l = 0, r = na;
    while (l < r) {
        int64_t m = l + (r - l) / 2;
        int c = less_than(m_keys[b], m_keys[a + m]);
        if (c < 0) return false;
        if (c) r = m;
        else l = m + 1;
    }
    a += l;
    na -= l;
    if (na == 0) return true;
    // Items of the right run >= the left run's last item are already in place.
    Value last = m_keys[a + na - 1];
    l = 0;
    r = nb;
    while (l < r) {
        int64_t m = l + (r - l) / 2;
        int c = less_than(m_keys[b + m], last);
        if (c < 0) return false;
        if (c) l = m + 1;
        else r = m;
    }
    nb = l;
    if (nb == 0) return true;
    return na <= nb ? merge_lo(a, na, b, nb) : merge_hi(a, na, b, nb);
}

bool Sorter::merge_collapse() {
    while (m_runs.size() > 1) {
        size_t n = m_runs.size() - 2;   // the top two runs are n and n+1
        auto len = [&](size_t i) { return m_runs[i].len; };
        if ((n > 0 && len(n - 1) <= len(n) + len(n + 1)) || (n > 1 && len(n - 2) <= len(n - 1) + len(n))) {
            if (len(n - 1) < len(n + 1)) n--;
        } else if (len(n) > len(n + 1)) {
            break;
        }
        if (!merge_at(n)) return false;
    }
    return true;
}

bool Sorter::merge_force() {
    while (m_runs.size() > 1) {
        size_t n = m_runs.size() - 2;
        if (n > 0 && m_runs[n - 1].len < m_runs[n + 1].len) n--;
        if (!merge_at(n)) return false;
    }
    return true;
}

bool Sorter::sort(int64_t n) {
    if (n < 2) return true;
    int64_t minrun = min_run_length(n);
    int64_t lo = 0;
    while (lo < n) {
        int64_t run = count_run(lo, n);
        if (run < 0) return false;
        if (run < minrun) {
            int64_t force = std::min(minrun, n - lo);
            if (!binary_insertion(lo, lo + force, lo + run)) return false;
            run = force;
        }
        m_runs.push_back({lo, run});
        if (!merge_collapse()) return false;
        lo += run;
    }
    return merge_force();
}

}  // namespace

bool stable_sort(Value* items, Value* keys, int64_t n) {
    t_comparisons = 0;
    if (keys) {
        Sorter s(keys, items);
        return s.sort(n);
    }
    Sorter s(items, nullptr);
    return s.sort(n);
}

int64_t stable_sort_last_comparisons() { return t_comparisons; }

}  // namespace minipy::rt
