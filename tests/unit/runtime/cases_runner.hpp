// cases_runner.hpp — runs a table of snippets (cases/<topic>.inc, produced by gen_cases.py under
// python3) through mini_eval and compares each result with CPython's.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "mini_eval.hpp"
#include "runtime/errors.hpp"

namespace minipy::test {

struct Case {
    const char* src;
    const char* expected;
};

template <size_t N>
void run_cases(const Case (&cases)[N]) {
    int failures = 0;
    for (const Case& c : cases) {
        std::string got = run_case(c.src);
        EXPECT_EQ(got, c.expected) << "snippet: " << c.src;
        if (got != c.expected) failures++;
        EXPECT_FALSE(rt::has_error()) << "exception left set after: " << c.src;
        rt::clear_error();
    }
    EXPECT_EQ(failures, 0) << "of " << N << " cases";
}

}  // namespace minipy::test
