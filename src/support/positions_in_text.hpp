// Positions written into text as `LINE:COL` (instance keys, messages): each one found and
// replaced by another position, the rest of the text kept. A token starts where no digit
// comes before it and needs digits on both sides of its colon.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "support/source_position.hpp"

namespace initcheck {

std::string withPositionsMapped(std::string_view text,
                                const std::function<SourcePosition(SourcePosition)>& map);

}  // namespace initcheck
