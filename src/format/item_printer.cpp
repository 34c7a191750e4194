// The item printer: `var x: atomic int = 0;`, `init func f(a: int) -> int { }`,
// `thread t { }`, `check ...;`, `expect ...;`, `option n = 3;`.
#include "format/item_printer.hpp"

#include "format/expr_printer.hpp"
#include "format/stmt_printer.hpp"
#include "format/tokens.hpp"

namespace initcheck::format {

namespace {

Doc text(std::string value) {
  return Doc::text(std::move(value));
}

Doc printCheck(const ast::CheckItem& item, CommentPool& pool) {
  if (const auto* property = std::get_if<ast::FinalProperty>(&item.property)) {
    return text("check final ") + printExpr(property->condition, pool) + text(";");
  }
  const auto& property = std::get<ast::NamedProperty>(item.property);
  return text("check " + property.name.name + "(") + printArguments(property.arguments, pool) +
         text(");");
}

struct ItemPrinter {
  CommentPool& pool;

  Doc operator()(const ast::GlobalDecl& d) const {
    Doc doc = text("var " + d.name.name + ": ");
    if (d.arrayLength)
      doc += text("[") + printExpr(*d.arrayLength, pool) + text("]");
    doc += text((d.atomic ? "atomic " : "") + typeText(d.type));
    if (d.initializer)
      doc += text(" = ") + printExpr(*d.initializer, pool);
    return doc + text(";");
  }
  Doc operator()(const ast::ConstDecl& d) const {
    return text("const " + d.name.name + " = ") + printExpr(d.value, pool) + text(";");
  }
  Doc operator()(const ast::FuncDecl& d) const {
    Doc head = text((d.isInit ? "init func " : "func ") + d.name.name);
    return head + printSignature(d.parameters, d.result) + text(" ") + printBlock(d.body, pool);
  }
  Doc operator()(const ast::ThreadDecl& d) const {
    return text("thread " + d.name.name + " ") + printBlock(d.body, pool);
  }
  Doc operator()(const ast::CheckItem& c) const { return printCheck(c, pool); }
  Doc operator()(const ast::ExpectItem& e) const { return text("expect " + e.kind.name + ";"); }
  Doc operator()(const ast::OptionItem& o) const {
    const auto* word = std::get_if<ast::Identifier>(&o.value);
    std::string value = word ? word->name : std::to_string(std::get<std::int64_t>(o.value));
    return text("option " + o.name.name + " = " + value + ";");
  }
};

}  // namespace

Doc printItem(const ast::Item& item, CommentPool& pool) {
  return std::visit(ItemPrinter{pool}, item.node);
}

}  // namespace initcheck::format
