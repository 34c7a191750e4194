// A vector whose elements are shared between copies until one is written: copying it copies
// pointers, and an element is cloned the first time it is reached through a non-const access
// (operator[], at, back, front, a non-const iterator) while another copy still shares it. The
// engines copy the whole program state at every step (runtime/state_data.hpp); with the threads
// and locations in CowVectors a step pays only for the threads and locations it touches.
//
// Read through a const reference (std::as_const) what is only read: a non-const access clones
// a shared element even when nothing is written. A reference taken through a const access keeps
// seeing the old element after a non-const access clones it.
//
// Each element carries a note: one word a reader may keep about the element as it is (the state
// cache keeps the id of the element's encoded section there, model/state_encoding.hpp). A
// non-const access, which may write the element, clears it; a clone starts with it cleared.
// Notes are not synchronized: one thread at a time may read a vector's elements through it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace initcheck {

template <class T>
class CowVector {
 public:
  using value_type = T;
  using size_type = std::size_t;

  template <class Owner, class Reference>
  class Iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = std::remove_reference_t<Reference>*;
    using reference = Reference;

    Iterator() = default;
    Iterator(Owner* owner, std::size_t index) : owner_(owner), index_(index) {}
    Reference operator*() const { return (*owner_)[index_]; }
    pointer operator->() const { return &(*owner_)[index_]; }
    Reference operator[](difference_type n) const { return (*owner_)[index_ + n]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++index_;
      return old;
    }
    Iterator& operator--() {
      --index_;
      return *this;
    }
    Iterator operator--(int) {
      Iterator old = *this;
      --index_;
      return old;
    }
    Iterator& operator+=(difference_type n) {
      index_ += n;
      return *this;
    }
    Iterator& operator-=(difference_type n) {
      index_ -= n;
      return *this;
    }
    Iterator operator+(difference_type n) const { return Iterator(owner_, index_ + n); }
    friend Iterator operator+(difference_type n, Iterator it) { return it + n; }
    Iterator operator-(difference_type n) const { return Iterator(owner_, index_ - n); }
    difference_type operator-(const Iterator& other) const {
      return static_cast<difference_type>(index_) - static_cast<difference_type>(other.index_);
    }
    bool operator==(const Iterator& other) const { return index_ == other.index_; }
    auto operator<=>(const Iterator& other) const { return index_ <=> other.index_; }

   private:
    Owner* owner_ = nullptr;
    std::size_t index_ = 0;
  };
  using iterator = Iterator<CowVector, T&>;
  using const_iterator = Iterator<const CowVector, const T&>;

  CowVector() = default;

  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

  const T& operator[](std::size_t i) const { return items_[i]->value; }
  T& operator[](std::size_t i) { return writable(i); }
  const T& at(std::size_t i) const { return items_.at(i)->value; }
  T& at(std::size_t i) {
    (void)items_.at(i);  // throws std::out_of_range as a vector does
    return writable(i);
  }
  const T& front() const { return items_.front()->value; }
  T& front() { return writable(0); }
  const T& back() const { return items_.back()->value; }
  T& back() { return writable(items_.size() - 1); }

  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, items_.size()); }
  const_iterator cbegin() const { return begin(); }
  const_iterator cend() const { return end(); }
  iterator begin() { return iterator(this, 0); }
  iterator end() { return iterator(this, items_.size()); }

  void push_back(T value) {
    items_.push_back(std::make_shared<Node>(std::in_place, std::move(value)));
  }
  template <class... Args>
  T& emplace_back(Args&&... args) {
    items_.push_back(std::make_shared<Node>(std::in_place, std::forward<Args>(args)...));
    return items_.back()->value;
  }
  void pop_back() { items_.pop_back(); }
  // Element i's note (see above): 0 until a reader sets it, and again after every non-const
  // access to the element.
  std::uint64_t& note(std::size_t i) const { return items_[i]->note; }
  void clear() { items_.clear(); }
  void reserve(std::size_t n) { items_.reserve(n); }
  void resize(std::size_t n) {
    std::size_t old = items_.size();
    items_.resize(n);
    for (std::size_t i = old; i < n; ++i)
      items_[i] = std::make_shared<Node>(std::in_place);
  }

  bool operator==(const CowVector& other) const {
    if (items_.size() != other.items_.size())
      return false;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (items_[i] != other.items_[i] && !(items_[i]->value == other.items_[i]->value))
        return false;
    }
    return true;
  }

 private:
  // The element, made this copy's own first if another copy shares it.
  T& writable(std::size_t i) {
    std::shared_ptr<Node>& item = items_[i];
    if (item.use_count() > 1)
      item = std::make_shared<Node>(std::in_place, item->value);
    item->note = 0;
    return item->value;
  }

  struct Node {
    template <class... Args>
    explicit Node(std::in_place_t, Args&&... args) : value(std::forward<Args>(args)...) {}
    T value;
    mutable std::uint64_t note = 0;
  };
  std::vector<std::shared_ptr<Node>> items_;
};

}  // namespace initcheck
