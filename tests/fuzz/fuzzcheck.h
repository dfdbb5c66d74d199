#pragma once

#include <cstdio>
#include <cstdlib>

// A broken invariant is a finding: stop so the fuzzer keeps the input. Unlike
// Q_ASSERT this stays in release builds.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)
