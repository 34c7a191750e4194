// The words of a spec's text (names and reserved words) outside comments and string literals,
// with their byte offsets: what the repairs look for.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace initcheck {

void forEachWord(std::string_view text,
                 const std::function<void(std::size_t offset, std::string_view word)>& visit);

// `base`, or `base2`, `base3`, ...: the first that is no word of the text (a new declaration's
// name).
std::string unusedName(std::string_view text, const std::string& base);

}  // namespace initcheck
