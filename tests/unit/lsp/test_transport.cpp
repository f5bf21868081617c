// The framing of LSP messages: Content-Length headers, other headers ignored, broken input.
#include <gtest/gtest.h>

#include <sstream>

#include "lsp/transport.h"

namespace rw::lsp {
namespace {

TEST(Transport, ReadsMessagesOneAfterAnother) {
  // Two messages: the second has a further header, which is ignored, and a header name in other case.
  std::istringstream in("Content-Length: 2\r\n\r\n{}content-length: 7\r\nContent-Type: application/json\r\n\r\n[1,2,3]");
  auto first = read_message(in);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->body, "{}");
  auto second = read_message(in);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->body, "[1,2,3]");
  EXPECT_FALSE(read_message(in));
}

TEST(Transport, CountsBytesNotCharacters) {
  // "ë" is two bytes in UTF-8: the body {"a":"ë"} is 10 bytes.
  std::istringstream in("Content-Length: 10\r\n\r\n{\"a\":\"\xC3\xAB\"}");
  auto message = read_message(in);
  ASSERT_TRUE(message);
  EXPECT_EQ(message->body, "{\"a\":\"\xC3\xAB\"}");
}

TEST(Transport, AMessageWithoutLengthIsAProblem) {
  std::istringstream in("Content-Type: x\r\n\r\n");
  auto message = read_message(in);
  ASSERT_TRUE(message);
  EXPECT_EQ(message->problem, "a message without a valid Content-Length header");
  std::istringstream bad("Content-Length: 12x\r\n\r\n");
  EXPECT_EQ(read_message(bad)->problem, "a message without a valid Content-Length header");
}

TEST(Transport, ATruncatedMessageEndsTheInput) {
  std::istringstream in("Content-Length: 20\r\n\r\n{\"short\"");
  EXPECT_FALSE(read_message(in));
}

TEST(Transport, WritesTheHeaderAndTheBody) {
  std::ostringstream out;
  write_message(out, "{\"id\":1}");
  EXPECT_EQ(out.str(), "Content-Length: 8\r\n\r\n{\"id\":1}");
}

}  // namespace
}  // namespace rw::lsp
