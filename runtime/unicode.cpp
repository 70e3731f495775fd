// unicode.cpp — lookups into the generated tables of unicode_data.inc.
//
// Properties use a two-stage table: kStage1[cp >> 7] names a block of 128 entries in kStage2,
// whose entry is an index into kRecords (flags + digit values). Identical blocks are stored once,
// which keeps the tables near 55 KB. Case mappings are rarer and live in a sorted array searched
// by binary search; ASCII never reaches either table.
#include "unicode.hpp"

#include <algorithm>

namespace minipy::rt::unicode {

namespace {
#include "unicode_data.inc"

const CharRecord& record(uint32_t cp) {
    if (cp > kMaxCodePoint) return kRecords[0];
    return kRecords[kStage2[(static_cast<uint32_t>(kStage1[cp >> kBlockShift]) << kBlockShift) |
                            (cp & ((1u << kBlockShift) - 1))]];
}

inline bool has(uint32_t cp, uint16_t flag) { return (record(cp).flags & flag) != 0; }

// Fields of CaseRecord: 0 upper, 1 lower, 2 title, 3 casefold.
int map_case(uint32_t cp, int which, uint32_t out[3]) {
    const CaseRecord* end = kCases + sizeof(kCases) / sizeof(kCases[0]);
    const CaseRecord* it = std::lower_bound(kCases, end, cp,
                                            [](const CaseRecord& r, uint32_t c) { return r.cp < c; });
    if (it == end || it->cp != cp) { out[0] = cp; return 1; }
    uint32_t v = which == 0 ? it->upper : which == 1 ? it->lower : which == 2 ? it->title : it->fold;
    if (!(v & 0x80000000u)) { out[0] = v; return 1; }
    int n = static_cast<int>((v >> 24) & 0x7f);
    uint32_t start = v & 0xffffff;
    for (int i = 0; i < n; i++) out[i] = kCaseExtra[start + i];
    return n;
}
}  // namespace

const char* version() { return kUnicodeVersion; }

bool is_alpha(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) - 'a' < 26;
    return has(cp, kAlpha);
}
bool is_decimal(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, kDecimal); }
bool is_digit(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, kDigit); }
bool is_numeric(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, kNumeric); }
bool is_alnum(uint32_t cp) {
    if (cp < 128) return cp - '0' < 10 || (cp | 0x20) - 'a' < 26;
    return has(cp, kAlpha | kDecimal | kDigit | kNumeric);
}
bool is_lower(uint32_t cp) { return cp < 128 ? cp - 'a' < 26 : has(cp, kLower); }
bool is_upper(uint32_t cp) { return cp < 128 ? cp - 'A' < 26 : has(cp, kUpper); }
bool is_title(uint32_t cp) { return cp >= 128 && has(cp, kTitle); }
bool is_cased(uint32_t cp) { return cp < 128 ? (cp | 0x20) - 'a' < 26 : has(cp, kCased); }
bool is_case_ignorable(uint32_t cp) { return has(cp, kCaseIgnorable); }
bool is_space(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    return has(cp, kSpace);
}
bool is_printable(uint32_t cp) { return cp < 128 ? cp >= 0x20 && cp < 0x7f : has(cp, kPrintable); }
bool is_id_start(uint32_t cp) {
    if (cp < 128) return cp == '_' || (cp | 0x20) - 'a' < 26;
    return has(cp, kIdStart);
}
bool is_id_continue(uint32_t cp) {
    if (cp < 128) return cp == '_' || cp - '0' < 10 || (cp | 0x20) - 'a' < 26;
    return has(cp, kIdContinue);
}
bool is_linebreak(uint32_t cp) { return has(cp, kLinebreak); }
int decimal_value(uint32_t cp) { return cp < 128 ? (cp - '0' < 10 ? static_cast<int>(cp - '0') : -1) : record(cp).decimal; }
int digit_value(uint32_t cp) { return cp < 128 ? (cp - '0' < 10 ? static_cast<int>(cp - '0') : -1) : record(cp).digit; }

int to_upper(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = cp - 'a' < 26 ? cp - 32 : cp; return 1; }
    return map_case(cp, 0, out);
}
int to_lower(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = cp - 'A' < 26 ? cp + 32 : cp; return 1; }
    return map_case(cp, 1, out);
}
int to_title(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = cp - 'a' < 26 ? cp - 32 : cp; return 1; }
    return map_case(cp, 2, out);
}
int to_casefold(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = cp - 'A' < 26 ? cp + 32 : cp; return 1; }
    return map_case(cp, 3, out);
}

}  // namespace minipy::rt::unicode
