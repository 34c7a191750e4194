// The words of a spec's text (names and reserved words) outside comments and string literals,
// with their byte offsets: what the repairs look for.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace initcheck {

void forEachWord(std::string_view text,
                 const std::function<void(std::size_t offset, std::string_view word)>& visit);

}  // namespace initcheck
