#pragma once
// Sets (a value) or removes (nullopt) an environment variable for one scope and puts back
// what was there before, also when a REQUIRE throws, so that no test sees another's
// environment and the order the tests run in cannot matter (the unit tests also run in
// random order). For tests that change the test process's own environment; a child
// process gets its variables through ProcessOptions::env instead.

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace kfk::test {

class EnvGuard {
public:
    EnvGuard(std::string name, const std::optional<std::string>& value) : name_(std::move(name)) {
        if (const char* old = std::getenv(name_.c_str())) old_ = old;
        set(value);
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;
    ~EnvGuard() { set(old_); }

    // Changes the variable again within the scope; the destructor still restores the
    // value from before the guard.
    void set(const std::optional<std::string>& value) const {
        if (value) {
            ::setenv(name_.c_str(), value->c_str(), 1);
        } else {
            ::unsetenv(name_.c_str());
        }
    }

private:
    std::string name_;
    std::optional<std::string> old_;
};

}  // namespace kfk::test
