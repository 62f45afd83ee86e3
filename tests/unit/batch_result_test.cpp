#include "kfk/batch_result.hpp"

#include <doctest/doctest.h>

using kfk::ExitCode;
using kfk::ItemResult;

TEST_CASE("a batch's exit code") {
    const ItemResult ok{"a", "created", ExitCode::ok, ""};
    const ItemResult exists{"b", "exists", ExitCode::already_exists, "x"};
    const ItemResult missing{"c", "missing", ExitCode::not_found, "x"};
    const ItemResult timeout{"d", "failed", ExitCode::timeout, "x"};

    CHECK(kfk::batch_exit_code({}) == ExitCode::ok);
    CHECK(kfk::batch_exit_code({ok, ok}) == ExitCode::ok);
    CHECK(kfk::batch_exit_code({exists}) == ExitCode::already_exists);
    CHECK(kfk::batch_exit_code({missing, missing}) == ExitCode::not_found);
    CHECK(kfk::batch_exit_code({ok, exists}) == ExitCode::partial_failure);
    CHECK(kfk::batch_exit_code({exists, missing, timeout}) == ExitCode::timeout);
    CHECK(kfk::batch_exit_code({exists, missing}) == ExitCode::not_found);
}
