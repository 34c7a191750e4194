// The one translation unit that instantiates the grammar (Spirit is heavy to compile).
#include "parser/grammar_def.hpp"

namespace initcheck::parser::grammar {

BOOST_SPIRIT_INSTANTIATE(file_type, iterator_type, context_type)

}  // namespace initcheck::parser::grammar
