// The workbench's guard as data: each request, and whether (and how) it is refused.
#include "server/access_guard.h"

#include <functional>

#include <gtest/gtest.h>

namespace rw {
namespace {

const std::string token = "0123456789abcdef0123456789abcdef";
const AccessGuard guard(token, {"127.0.0.1:8470", "localhost:8470"});

// A request from the workbench's own page: right host, own origin, the token in the header.
RequestFacts from_page(std::string method, std::string path) {
  return RequestFacts{std::move(method), std::move(path), "127.0.0.1:8470", "http://127.0.0.1:8470", "same-origin", token, "", ""};
}

// A request from the page, changed as `change` says, and the status it gets (0: served).
struct Case {
  const char* name;
  const char* method;
  const char* path;
  std::function<void(RequestFacts&)> change;
  int status;
};

const std::string cookie = std::string("a=1; regelwerk_token=") + token;

const Case cases[] = {
    {"the page's POST", "POST", "/api/run", [](RequestFacts&) {}, 0},
    {"localhost, any case", "POST", "/api/run", [](RequestFacts& r) { r.host = "LOCALHOST:8470"; r.origin = "http://localhost:8470"; }, 0},
    {"another Host (DNS rebinding)", "GET", "/api/model", [](RequestFacts& r) { r.host = "attacker.example:8470"; }, 421},
    {"another port", "GET", "/api/model", [](RequestFacts& r) { r.host = "127.0.0.1:8471"; }, 421},
    {"a foreign Origin", "POST", "/api/run", [](RequestFacts& r) { r.origin = "http://attacker.example"; }, 403},
    {"Origin null (a sandboxed frame)", "POST", "/api/run", [](RequestFacts& r) { r.origin = "null"; }, 403},
    {"Sec-Fetch-Site cross-site", "GET", "/", [](RequestFacts& r) { r.origin = ""; r.fetch_site = "cross-site"; }, 403},
    {"a POST with only the cookie (CSRF)", "POST", "/api/run", [](RequestFacts& r) { r.header_token = ""; r.cookie = cookie; }, 403},
    {"a GET with the cookie", "GET", "/api/model", [](RequestFacts& r) { r.header_token = ""; r.cookie = cookie; }, 0},
    {"a cookie with a wrong token", "GET", "/", [](RequestFacts& r) {
       r.header_token = "";
       r.cookie = "regelwerk_token=0123456789abcdef0123456789abcdee";
     }, 401},
    {"a token's prefix", "GET", "/", [](RequestFacts& r) { r.header_token = token.substr(0, 31); }, 401},
    {"the printed URL", "GET", "/", [](RequestFacts& r) { r.header_token = ""; r.query_token = token; }, 0},
    {"an asset without the token", "GET", "/app.js", [](RequestFacts& r) { r.header_token = ""; }, 401},
};

TEST(AccessGuard, RefusesWhatItMust) {
  for (const Case& c : cases) {
    RequestFacts request = from_page(c.method, c.path);
    c.change(request);
    auto refusal = guard.check(request);
    EXPECT_EQ(refusal ? refusal->status : 0, c.status) << c.name << (refusal ? ": " + refusal->message : "");
  }
}

TEST(AccessGuard, TokensAre128BitsAndDiffer) {
  std::string a = new_token(), b = new_token();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace rw
